package id.gcio.academy.identity;

import id.gcio.academy.web.DomainException;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request, as an academy user (created on first sight). */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    UserService users;

    private AppUser user;
    private boolean resolved;
    private Long userId;
    private String displayName;

    /** The signed-in user, if any. */
    public Optional<AppUser> get() {
        if (!resolved) {
            resolved = true;
            if (!identity.isAnonymous()) {
                user = userId != null ? AppUser.<AppUser>findById(userId) : resolve();
                userId = user.id;
            }
        }
        return Optional.ofNullable(user);
    }

    /** The signed-in user, or a 401-equivalent refusal. */
    public AppUser require() {
        return get().orElseThrow(() -> new io.quarkus.security.UnauthorizedException());
    }

    /** The signed-in user's id; for callers that need nothing else it comes from a per-instance cache, without a query. */
    public long id() {
        if (userId == null) {
            if (identity.isAnonymous()) {
                throw new io.quarkus.security.UnauthorizedException();
            }
            userId = resolveId();
        }
        return userId;
    }

    /**
     * The signed-in user's name for the page header; reads only that column unless the user is already loaded, and
     * once per request (the page footer asks for it twice).
     */
    public String displayName() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (user != null) {
            return user.displayName;
        }
        if (displayName == null) {
            displayName = users.displayName(id());
        }
        return displayName;
    }

    /**
     * The signed-in user's display name as a query of this request has just read it along with other rows
     * ({@code LearningService#pageProgress}), so the page header need not ask again. Ignored when anonymous or null.
     */
    public void knowDisplayName(String name) {
        if (name != null && !identity.isAnonymous()) {
            displayName = name;
        }
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    /** The academy roles of the caller, as the identity provider states them. */
    public Set<String> roles() {
        return identity.getRoles().stream().filter(Role.ALL::contains).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private AppUser resolve() {
        Claims c = claims();
        return users.ensureUser(c.issuer, c.subject, c.name, c.email, roles(), c.nip);
    }

    private long resolveId() {
        Claims c = claims();
        return users.userId(c.issuer, c.subject, c.name, c.email, String.join(",", new java.util.TreeSet<>(roles())), c.nip);
    }

    /** {@code nip}: null when no NIP claim is configured, else the claim's digits ("" when the token has none). */
    private record Claims(String issuer, String subject, String name, String email, String nip) {
    }

    private Claims claims() {
        String issuer;
        String subject;
        String name;
        String email;
        IdentityConfig config = users.config(); // not injected here: a config mapping is a new object per injection
        String nip = config.nipClaim().isPresent() ? "" : null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            issuer = jwt.getIssuer();
            subject = jwt.getSubject();
            name = firstNonBlank(claim(jwt, "name"), claim(jwt, "preferred_username"), subject);
            Object mail = claim(jwt, "email");
            email = mail == null ? null : mail.toString();
            if (nip != null) {
                Object claim = claim(jwt, config.nipClaim().get());
                nip = claim == null ? "" : claim.toString().replaceAll("[\\s.']", "");
            }
        } else {
            issuer = "urn:gcio-academy:local";
            subject = identity.getPrincipal().getName();
            name = subject;
            email = null;
        }
        if (subject == null || subject.isBlank()) {
            throw DomainException.forbidden("Token tanpa subjek tidak diterima.",
                    "A token without a subject is not accepted.");
        }
        issuer = config.issuerAlias().orElse(issuer == null ? "urn:gcio-academy:unknown" : issuer);
        return new Claims(issuer, subject, name, email, nip);
    }

    /**
     * A claim of the token. {@link JsonWebToken#getClaim} looks a name up in the {@code Claims} enum first and throws
     * (and catches) an exception for every name the MicroProfile spec does not list, such as {@code name} or the NIP
     * claim: one exception with a full stack trace per request. The OIDC principal's claim set is read directly.
     */
    private static Object claim(JsonWebToken jwt, String name) {
        return jwt instanceof OidcJwtCallerPrincipal oidc ? oidc.getClaims().getClaimValue(name) : jwt.getClaim(name);
    }

    private static String firstNonBlank(Object... values) {
        for (Object v : values) {
            if (v != null && !v.toString().isBlank()) {
                return v.toString();
            }
        }
        return null;
    }
}
