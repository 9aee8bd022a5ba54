package id.gcio.academy.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.common.runtime.OidcConstants;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers, per instance, the identity Quarkus OIDC built from a browser session's tokens, so that a signed-in page
 * does not parse and verify the same ID and access token again on every request (about half of a signed-in request's
 * CPU). An entry answers only for exactly the same ID, access and refresh token, and only until the earlier of the
 * tokens' expiry and {@link IdentityConfig.SessionCache#maxAge()}; after that Quarkus OIDC checks the tokens again,
 * and refreshes them or sends the user to log in as before. The tokens come from the encrypted session cookie
 * ({@link SessionCookieCache}), so an altered cookie never reaches this; logout still clears the cookie. Each instance keeps its own entries
 * and fills them by the same check, so instances behind a load balancer answer alike; bearer tokens of the API are not
 * cached. Quarkus OIDC's identity refers to the request it was built for (an attribute, and its permission checks),
 * so only identities built for a GET or HEAD are kept: such a request has no body to hold on to, and each request
 * served from the cache gets an identity with its own request context.
 */
@Singleton
public class SessionIdentityCache implements IdentityProvider<TokenAuthenticationRequest> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Verifier verifier;
    private final Clock clock;
    private final Duration maxAge;
    private final Cache<String, Entry> entries;

    @Inject
    SessionIdentityCache(OidcIdentityProvider oidc, Clock clock, IdentityConfig config) {
        this(oidc::authenticate, clock, config.sessionCache().maxEntries(), config.sessionCache().maxAge());
    }

    SessionIdentityCache(Verifier verifier, Clock clock, int maxEntries, Duration maxAge) {
        this.verifier = verifier;
        this.clock = clock;
        this.maxAge = maxAge;
        this.entries = maxEntries <= 0 || maxAge.isZero() ? null
                : Caffeine.newBuilder().maximumSize(maxEntries).expireAfter(new UntilValid()).build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before Quarkus OIDC's own provider, which this one calls when it has no valid entry. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (entries == null || rc == null || !(request.getToken() instanceof IdTokenCredential idToken)) {
            return Uni.createFrom().nullItem();   // the API's bearer tokens and a disabled cache: Quarkus OIDC as is
        }
        String accessToken = rc.get(OidcConstants.ACCESS_TOKEN_VALUE);
        AuthorizationCodeTokens tokens = rc.get(AuthorizationCodeTokens.class.getName());
        String refreshToken = tokens == null ? null : tokens.getRefreshToken();
        Entry entry = entries.getIfPresent(idToken.getToken());
        if (entry != null && entry.answers(accessToken, refreshToken, clock.millis())) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(entry.identity)
                    .addAttribute(RoutingContext.class.getName(), rc)
                    .addAttribute(AuthenticationRequestContext.class.getName(), context)
                    .build());
        }
        Uni<SecurityIdentity> checked = verifier.verify(request, context);
        if (!readsOnly(rc)) {
            return checked;   // the identity holds its request: keep only those of GETs, which carry no body
        }
        return checked.invoke(identity -> remember(idToken.getToken(), accessToken, refreshToken, identity));
    }

    private static boolean readsOnly(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    /** Number of identities held; for tests and metrics. */
    public long size() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private void remember(String idToken, String accessToken, String refreshToken, SecurityIdentity identity) {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken principal)) {
            return;
        }
        long validUntil = Math.min(principal.getExpirationTime() * 1000, clock.millis() + maxAge.toMillis());
        if (accessToken != null) {
            Long accessExpiry = expiry(accessToken);
            if (accessExpiry == null) {
                return;   // an opaque access token: Quarkus checks it with the provider every time, so do not cache
            }
            validUntil = Math.min(validUntil, accessExpiry * 1000);
        }
        if (validUntil > clock.millis()) {
            entries.put(idToken, new Entry(identity, accessToken, refreshToken, validUntil));
        }
    }

    /** The {@code exp} claim of a JWT, read without checking it (Quarkus OIDC has just checked it), or null. */
    static Long expiry(String jwt) {
        int first = jwt.indexOf('.');
        int second = jwt.indexOf('.', first + 1);
        if (first < 0 || second < 0) {
            return null;
        }
        try {
            JsonNode exp = JSON.readTree(Base64.getUrlDecoder().decode(jwt.substring(first + 1, second))).get("exp");
            return exp != null && exp.canConvertToLong() ? exp.asLong() : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The full check of a session's tokens: Quarkus OIDC's identity provider. */
    @FunctionalInterface
    interface Verifier {
        Uni<SecurityIdentity> verify(TokenAuthenticationRequest request, AuthenticationRequestContext context);
    }

    private record Entry(SecurityIdentity identity, String accessToken, String refreshToken, long validUntil) {

        boolean answers(String accessToken, String refreshToken, long now) {
            return now < validUntil && Objects.equals(this.accessToken, accessToken)
                    && Objects.equals(this.refreshToken, refreshToken);
        }
    }

    /** Caffeine drops an entry when its tokens stop being valid (lookups check the time as well). */
    private final class UntilValid implements Expiry<String, Entry> {

        @Override
        public long expireAfterCreate(String key, Entry value, long currentTime) {
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, value.validUntil - clock.millis()));
        }

        @Override
        public long expireAfterUpdate(String key, Entry value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Entry value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
