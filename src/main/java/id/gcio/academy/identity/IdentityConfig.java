package id.gcio.academy.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How callers are mapped to academy users. */
@ConfigMapping(prefix = "academy.identity")
public interface IdentityConfig {

    /**
     * A stable name to store instead of the token's issuer. Only for the built-in dev OIDC server, whose issuer
     * changes with its random port on every start; unset in production, where the real issuer is stored.
     */
    Optional<String> issuerAlias();

    /**
     * The token claim with the user's NIP, when the identity provider knows it (e.g. {@code nip} from a Keycloak user
     * attribute, in the ID token for pages and the access token for the API). Set, the NIP comes only from the token:
     * the profile shows it read-only, and a NIP someone else had typed in moves to the account the token names. Unset,
     * users state their NIP on the profile page and the first to state one is linked to its roster record.
     */
    Optional<String> nipClaim();

    /** The per-instance cache of checked browser sessions ({@link SessionIdentityCache}). */
    SessionCache sessionCache();

    interface SessionCache {

        /** Sessions remembered at most (the least used are dropped first); 0 checks every request's tokens anew. */
        @WithDefault("2000")
        int maxEntries();

        /** How long a checked session is remembered at most, even when its tokens stay valid longer. */
        @WithDefault("PT5M")
        Duration maxAge();
    }
}
