package id.gcio.academy.identity;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** How callers are mapped to academy users. */
@ConfigMapping(prefix = "academy.identity")
public interface IdentityConfig {

    /**
     * A stable name to store instead of the token's issuer. Only for the built-in dev OIDC server, whose issuer
     * changes with its random port on every start; unset in production, where the real issuer is stored.
     */
    Optional<String> issuerAlias();
}
