package id.gcio.academy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.common.runtime.OidcConstants;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;

/** The per-instance cache of checked browser sessions, with a stand-in for Quarkus OIDC's token check. */
class SessionIdentityCacheTest {

    private static final long NOW = 1_800_000_000L;   // seconds
    private static final String ACCESS_A = jwt("access-a", NOW + 600);
    private static final String ACCESS_B = jwt("access-b", NOW + 600);

    private final MutableClock clock = new MutableClock(NOW * 1000);
    private final List<String> checked = new ArrayList<>();
    private RuntimeException failure;

    /** Stands in for Quarkus OIDC: records each check and builds an identity that expires with the ID token. */
    private final SessionIdentityCache.Verifier oidc = (request, context) -> {
        checked.add(request.getToken().getToken());
        if (failure != null) {
            return Uni.createFrom().failure(failure);
        }
        JwtClaims claims;
        try {
            claims = JwtClaims.parse(payload(request.getToken().getToken()));
        } catch (InvalidJwtException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException(e));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(claims)).addRole("peserta")
                .addAttribute(RoutingContext.class.getName(), HttpSecurityUtils.getRoutingContextAttribute(request))
                .build());
    };

    private final SessionIdentityCache cache = new SessionIdentityCache(oidc, clock, 100, Duration.ofMinutes(5));

    @Test
    void theSameSessionIsCheckedOnceAndEachRequestGetsItsOwnRequestContext() {
        RoutingContext first = request(ACCESS_A, "refresh-a");
        RoutingContext second = request(ACCESS_A, "refresh-a");
        SecurityIdentity a = authenticate(idToken("ani", NOW + 600), first);
        SecurityIdentity b = authenticate(idToken("ani", NOW + 600), second);
        assertEquals(1, checked.size());
        assertEquals("ani", b.getPrincipal().getName());
        assertEquals(a.getRoles(), b.getRoles());
        assertSame(second, b.getAttribute(RoutingContext.class.getName()));
    }

    @Test
    void twoUsersNeverGetEachOthersIdentity() {
        String ani = idToken("ani", NOW + 600);
        String budi = idToken("budi", NOW + 600);
        authenticate(ani, request(jwt("ani", NOW + 600), null));
        authenticate(budi, request(jwt("budi", NOW + 600), null));
        assertEquals("ani", authenticate(ani, request(jwt("ani", NOW + 600), null)).getPrincipal().getName());
        assertEquals("budi", authenticate(budi, request(jwt("budi", NOW + 600), null)).getPrincipal().getName());
        assertEquals(2, checked.size());
    }

    @Test
    void anotherAccessOrRefreshTokenWithTheSameIdTokenIsCheckedAgain() {
        String id = idToken("ani", NOW + 600);
        authenticate(id, request(ACCESS_A, "refresh-a"));
        authenticate(id, request(ACCESS_B, "refresh-a"));
        authenticate(id, request(ACCESS_B, "refresh-b"));
        assertEquals(3, checked.size());
    }

    @Test
    void aSessionWhoseIdTokenHasExpiredIsCheckedAgainSoQuarkusCanRefreshIt() {
        String id = idToken("ani", NOW + 60);
        authenticate(id, request(ACCESS_A, "refresh-a"));
        clock.advance(Duration.ofSeconds(59));
        authenticate(id, request(ACCESS_A, "refresh-a"));
        assertEquals(1, checked.size());
        clock.advance(Duration.ofSeconds(1));
        failure = new AuthenticationFailedException("expired");
        assertThrows(AuthenticationFailedException.class, () -> authenticate(id, request(ACCESS_A, "refresh-a")));
        assertEquals(2, checked.size());
    }

    @Test
    void theAccessTokensExpiryCountsToo() {
        String id = idToken("ani", NOW + 600);
        String access = jwt("ani", NOW + 30);
        authenticate(id, request(access, "refresh-a"));
        clock.advance(Duration.ofSeconds(30));
        authenticate(id, request(access, "refresh-a"));
        assertEquals(2, checked.size());
    }

    @Test
    void noSessionIsRememberedLongerThanTheMaximumAge() {
        String id = idToken("ani", NOW + 3600);
        authenticate(id, request(ACCESS_A, "refresh-a"));
        clock.advance(Duration.ofMinutes(5));
        authenticate(id, request(ACCESS_A, "refresh-a"));
        assertEquals(2, checked.size());
    }

    @Test
    void aFailedCheckIsNotRemembered() {
        String id = idToken("ani", NOW + 600);
        failure = new AuthenticationFailedException("bad signature");
        assertThrows(AuthenticationFailedException.class, () -> authenticate(id, request(ACCESS_A, null)));
        failure = null;
        authenticate(id, request(ACCESS_A, null));
        authenticate(id, request(ACCESS_A, null));
        assertEquals(2, checked.size());
    }

    @Test
    void anIdentityCheckedForAPostIsNotKeptButAPostIsServedFromTheCache() {
        String id = idToken("ani", NOW + 600);
        authenticate(id, request(HttpMethod.POST, ACCESS_A, "refresh-a"));
        assertEquals(0, cache.size());
        authenticate(id, request(ACCESS_A, "refresh-a"));
        RoutingContext post = request(HttpMethod.POST, ACCESS_A, "refresh-a");
        assertSame(post, authenticate(id, post).getAttribute(RoutingContext.class.getName()));
        assertEquals(2, checked.size());
    }

    @Test
    void anOpaqueAccessTokenIsNotCached() {
        String id = idToken("ani", NOW + 600);
        RoutingContext rc = request("opaque-token", null);
        authenticate(id, rc);
        authenticate(id, request("opaque-token", null));
        assertEquals(2, checked.size());
        assertEquals(0, cache.size());
    }

    @Test
    void bearerTokensOfTheApiAreLeftToQuarkusOidc() {
        TokenAuthenticationRequest bearer = tokenRequest(new AccessTokenCredential(jwt("ani", NOW + 600)), request(null, null));
        assertNull(cache.authenticate(bearer, null).await().indefinitely());
        assertEquals(0, checked.size());
    }

    @Test
    void aCacheOfSizeZeroChecksEveryRequest() {
        SessionIdentityCache off = new SessionIdentityCache(oidc, clock, 0, Duration.ofMinutes(5));
        String id = idToken("ani", NOW + 600);
        TokenAuthenticationRequest r = tokenRequest(new IdTokenCredential(id), request(ACCESS_A, null));
        assertNull(off.authenticate(r, null).await().indefinitely());
        assertEquals(0, checked.size());
    }

    @Test
    void readsTheExpiryOfAJwtAndNothingElse() {
        assertEquals(NOW + 5, SessionIdentityCache.expiry(jwt("ani", NOW + 5)));
        assertNull(SessionIdentityCache.expiry("opaque-token"));
        assertNull(SessionIdentityCache.expiry("a.%%%.c"));
        assertNull(SessionIdentityCache.expiry("a." + b64("{\"sub\":\"ani\"}") + ".c"));
    }

    private SecurityIdentity authenticate(String idToken, RoutingContext rc) {
        TokenAuthenticationRequest r = tokenRequest(new IdTokenCredential(idToken), rc);
        AuthenticationRequestContext context = supplier -> Uni.createFrom().item(supplier);
        SecurityIdentity identity = cache.authenticate(r, context).await().indefinitely();
        if (identity == null) {
            throw new AssertionError("the cache declined an ID token");
        }
        return identity;
    }

    private static TokenAuthenticationRequest tokenRequest(TokenCredential credential, RoutingContext rc) {
        TokenAuthenticationRequest r = new TokenAuthenticationRequest(credential);
        HttpSecurityUtils.setRoutingContextAttribute(r, rc);
        return r;
    }

    private static String idToken(String user, long exp) {
        return jwt(user, exp);
    }

    private static String jwt(String user, long exp) {
        return b64("{\"alg\":\"RS256\"}") + "." + b64("{\"sub\":\"" + user + "\",\"upn\":\"" + user + "\",\"exp\":" + exp
                + "}") + ".signature";
    }

    private static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A GET's routing context holding what Quarkus' code flow puts there before the identity is built. */
    private static RoutingContext request(String accessToken, String refreshToken) {
        return request(HttpMethod.GET, accessToken, refreshToken);
    }

    private static RoutingContext request(HttpMethod method, String accessToken, String refreshToken) {
        HttpServerRequest http = (HttpServerRequest) Proxy.newProxyInstance(HttpServerRequest.class.getClassLoader(),
                new Class<?>[] { HttpServerRequest.class }, (proxy, m, args) -> {
                    if (m.getName().equals("method")) {
                        return method;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        Map<String, Object> data = new HashMap<>();
        if (accessToken != null) {
            data.put(OidcConstants.ACCESS_TOKEN_VALUE, accessToken);
        }
        data.put(AuthorizationCodeTokens.class.getName(), new AuthorizationCodeTokens("id", accessToken, refreshToken));
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] { RoutingContext.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "get" -> data.get((String) args[0]);
                    case "data" -> data;
                    case "request" -> http;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "RoutingContext" + data.keySet();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static final class MutableClock extends Clock {
        private long millis;

        MutableClock(long millis) {
            this.millis = millis;
        }

        void advance(Duration d) {
            millis += d.toMillis();
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
