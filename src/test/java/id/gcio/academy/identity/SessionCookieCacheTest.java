package id.gcio.academy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-instance cache of decrypted session cookies, with a stand-in for Quarkus OIDC's cookie encryption. */
class SessionCookieCacheTest {

    private final List<String> decrypted = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();
    private long nanos;

    /** Stands in for the encrypted cookie: "ok:<user>" decrypts to that user's tokens, anything else fails. */
    private final TokenStateManager cookies = new TokenStateManager() {
        @Override
        public Uni<String> createTokenState(RoutingContext rc, OidcTenantConfig config, AuthorizationCodeTokens tokens,
                OidcRequestContext<String> requestContext) {
            return Uni.createFrom().item("ok:" + tokens.getIdToken());
        }

        @Override
        public Uni<AuthorizationCodeTokens> getTokens(RoutingContext rc, OidcTenantConfig config, String state,
                OidcRequestContext<AuthorizationCodeTokens> requestContext) {
            decrypted.add(state);
            if (!state.startsWith("ok:")) {
                return Uni.createFrom().failure(new AuthenticationFailedException("cannot decrypt"));
            }
            String user = state.substring(3);
            return Uni.createFrom().item(new AuthorizationCodeTokens("id-" + user, "access-" + user, "refresh-" + user,
                    300L, "openid"));
        }

        @Override
        public Uni<Void> deleteTokens(RoutingContext rc, OidcTenantConfig config, String state,
                OidcRequestContext<Void> requestContext) {
            deleted.add(state);
            return Uni.createFrom().voidItem();
        }
    };

    private final SessionCookieCache cache = new SessionCookieCache(cookies, 100, Duration.ofMinutes(5), () -> nanos);

    @Test
    void theSameCookieIsDecryptedOnceAndEachRequestGetsItsOwnCopy() {
        AuthorizationCodeTokens first = read("ok:ani");
        AuthorizationCodeTokens second = read("ok:ani");
        assertEquals(List.of("ok:ani"), decrypted);
        assertNotSame(first, second);
        second.setAccessToken("changed by a request");
        AuthorizationCodeTokens third = read("ok:ani");
        assertEquals("id-ani", third.getIdToken());
        assertEquals("access-ani", third.getAccessToken());
        assertEquals("refresh-ani", third.getRefreshToken());
        assertEquals(300L, third.getAccessTokenExpiresIn());
        assertEquals("openid", third.getAccessTokenScope());
    }

    @Test
    void eachCookieGetsItsOwnTokens() {
        assertEquals("id-ani", read("ok:ani").getIdToken());
        assertEquals("id-budi", read("ok:budi").getIdToken());
        assertEquals("id-ani", read("ok:ani").getIdToken());
        assertEquals(List.of("ok:ani", "ok:budi"), decrypted);
    }

    @Test
    void aCookieThatCannotBeDecryptedIsRefusedEveryTime() {
        assertThrows(AuthenticationFailedException.class, () -> read("tampered"));
        assertThrows(AuthenticationFailedException.class, () -> read("tampered"));
        assertEquals(2, decrypted.size());
        assertEquals(0, cache.size());
    }

    @Test
    void aCookieIsDecryptedAgainAfterTheMaximumAge() {
        read("ok:ani");
        nanos += Duration.ofMinutes(5).toNanos();
        read("ok:ani");
        assertEquals(2, decrypted.size());
    }

    @Test
    void loggingOutForgetsTheCookieAndStillDeletesIt() {
        read("ok:ani");
        cache.deleteTokens(null, null, "ok:ani", null).await().indefinitely();
        assertEquals(List.of("ok:ani"), deleted);
        read("ok:ani");
        assertEquals(2, decrypted.size());
    }

    @Test
    void aCacheOfSizeZeroDecryptsEveryRequest() {
        SessionCookieCache off = new SessionCookieCache(cookies, 0, Duration.ofMinutes(5), () -> nanos);
        off.getTokens(null, null, "ok:ani", null).await().indefinitely();
        off.getTokens(null, null, "ok:ani", null).await().indefinitely();
        assertEquals(2, decrypted.size());
    }

    private AuthorizationCodeTokens read(String cookie) {
        return cache.getTokens(null, null, cookie, null).await().indefinitely();
    }
}
