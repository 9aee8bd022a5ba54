package id.gcio.academy.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.oidc.runtime.DefaultTokenStateManager;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Remembers, per instance, what an encrypted session cookie decrypted to, so that a signed-in page does not run the
 * JWE decryption of the same cookie on every request (after {@link SessionIdentityCache}, the largest cost of a
 * session). The key is the whole encrypted cookie value: only a request that carries exactly that cookie gets its
 * tokens, which is what decrypting it would give. Entries live at most {@link IdentityConfig.SessionCache#maxAge()};
 * whether the tokens are still valid is checked after this, as before. Writing and deleting the cookie stay Quarkus
 * OIDC's ({@link DefaultTokenStateManager}).
 */
@Singleton
@Alternative
@Priority(1)
public class SessionCookieCache implements TokenStateManager {

    private final TokenStateManager cookies;
    private final Cache<String, AuthorizationCodeTokens> decrypted;

    @Inject
    SessionCookieCache(DefaultTokenStateManager cookies, IdentityConfig config) {
        this(cookies, config.sessionCache().maxEntries(), config.sessionCache().maxAge(), Ticker.systemTicker());
    }

    SessionCookieCache(TokenStateManager cookies, int maxEntries, Duration maxAge, Ticker ticker) {
        this.cookies = cookies;
        this.decrypted = maxEntries <= 0 || maxAge.isZero() ? null
                : Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(maxAge).ticker(ticker).build();
    }

    @Override
    public Uni<String> createTokenState(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            AuthorizationCodeTokens tokens, OidcRequestContext<String> requestContext) {
        return cookies.createTokenState(routingContext, oidcConfig, tokens, requestContext);
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            String tokenState, OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        if (decrypted == null) {
            return cookies.getTokens(routingContext, oidcConfig, tokenState, requestContext);
        }
        AuthorizationCodeTokens known = decrypted.getIfPresent(tokenState);
        if (known != null) {
            return Uni.createFrom().item(copy(known));
        }
        return cookies.getTokens(routingContext, oidcConfig, tokenState, requestContext)
                .invoke(tokens -> {
                    if (tokens != null) {
                        decrypted.put(tokenState, copy(tokens));
                    }
                });
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig, String tokenState,
            OidcRequestContext<Void> requestContext) {
        if (decrypted != null && tokenState != null) {
            decrypted.invalidate(tokenState);
        }
        return cookies.deleteTokens(routingContext, oidcConfig, tokenState, requestContext);
    }

    /** Number of cookies held; for tests. */
    long size() {
        if (decrypted == null) {
            return 0;
        }
        decrypted.cleanUp();
        return decrypted.estimatedSize();
    }

    /** Quarkus may set fields on the tokens it is given, so no two requests share one object. */
    private static AuthorizationCodeTokens copy(AuthorizationCodeTokens t) {
        return new AuthorizationCodeTokens(t.getIdToken(), t.getAccessToken(), t.getRefreshToken(),
                t.getAccessTokenExpiresIn(), t.getAccessTokenScope());
    }
}
