package id.gcio.academy.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets everyone in, signed in or not, but resolves who is asking before the page runs. Public pages (catalogue,
 * course, certificate check) still greet a signed-in reader by name; without this the identity would be resolved
 * lazily from the page's worker thread, which then blocks while the I/O thread decrypts the session cookie and
 * verifies the tokens: under 100 concurrent readers that hand-off cost 1.7 times the CPU per course page (measured
 * with src/bench/load.sh, docs/benchmark-2026-11-24.txt). Used by the {@code public-pages} permission in application.properties.
 */
@ApplicationScoped
public class ResolveIdentityPolicy implements HttpSecurityPolicy {

    static final String NAME = "resolve-identity";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        return identity.onItem().transform(i -> CheckResult.PERMIT);
    }

    @Override
    public String name() {
        return NAME;
    }
}
