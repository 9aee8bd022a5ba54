package id.gcio.academy.identity;

import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Users: created on first login from the identity provider, completed by themselves on the profile page. */
@ApplicationScoped
public class UserService {

    static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    UserService users;

    @Inject
    jakarta.enterprise.event.Event<ProfileSaved> profileSaved;

    @Inject
    IdentityConfig config;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(UserService.class);

    /**
     * Finds the user for an identity, creating them on first login. Two first requests at once create one user. The
     * name is taken from the identity provider only at creation (the learner may correct it, e.g. with academic titles);
     * email and roles follow the identity provider.
     */
    public AppUser ensureUser(String issuer, String subject, String name, String email, Set<String> roles, String claimedNip) {
        String roleList = String.join(",", new TreeSet<>(roles));
        String idpNip = wellFormedNip(claimedNip);
        Optional<AppUser> known = AppUser.findByIdentity(issuer, subject);
        if (known.isPresent() && roleList.equals(known.get().roles)
                && (known.get().profileCompletedAt != null || email == null || email.equals(known.get().email))
                && (idpNip == null || idpNip.isEmpty() || idpNip.equals(known.get().nip))) {
            return known.get();
        }
        return users.createOrRefresh(issuer, subject, name, email, roleList, idpNip);
    }

    /**
     * The user id for an identity as the token states it (issuer, subject, name, e-mail, roles), creating or refreshing
     * the user like {@link #ensureUser}. Cached per instance: a user row is never deleted and its issuer and subject
     * never change, and a token with other roles or another e-mail is another key, so a hit is always right. This
     * saves the user lookup on hot API paths (quiz answer saves) that need only the id.
     */
    @io.quarkus.cache.CacheResult(cacheName = "user-id")
    public long userId(String issuer, String subject, String name, String email, String roleList, String idpNip) {
        return ensureUser(issuer, subject, name, email, roleList.isEmpty() ? Set.of() : Set.of(roleList.split(",")), idpNip).id;
    }

    /** A user's display name (one column, no entity loaded). */
    public String displayName(long userId) {
        return em.createQuery("select u.displayName from AppUser u where u.id = ?1", String.class)
                .setParameter(1, userId).getSingleResult();
    }

    /**
     * Creates the user on first login, or refreshes roles and email; two first requests at once create one user. With a
     * NIP claim configured ({@link IdentityConfig#nipClaim}), a valid NIP in the token becomes the user's (see
     * {@link #takeNipFromIdentityProvider}).
     */
    @Transactional
    public AppUser createOrRefresh(String issuer, String subject, String name, String email, String roleList, String idpNip) {
        var now = clock.instant();
        String shownName = PlainText.oneLine(name); // the identity provider's name, as printed later: no invisible characters
        em.createNativeQuery("""
                insert into app_user (issuer, subject, display_name, email, roles, created_at, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                on conflict (issuer, subject) do nothing""")
                .setParameter(1, issuer).setParameter(2, subject)
                .setParameter(3, shownName == null || shownName.isEmpty() ? subject : truncate(shownName, 200))
                .setParameter(4, email == null ? null : truncate(email, 320))
                .setParameter(5, roleList).setParameter(6, now)
                .executeUpdate();
        AppUser user = AppUser.findByIdentity(issuer, subject).orElseThrow();
        boolean emailChanged = email != null && !email.isBlank() && !email.equals(user.email) && user.profileCompletedAt == null;
        if (!roleList.equals(user.roles) || emailChanged) {
            user.roles = roleList;
            if (emailChanged) {
                user.email = truncate(email, 320);
            }
            user.updatedAt = now;
        }
        if (idpNip != null && !idpNip.isEmpty() && !idpNip.equals(user.nip)) {
            takeNipFromIdentityProvider(user, idpNip);
        }
        return user;
    }

    /**
     * The identity provider vouches for this NIP: it becomes the user's and their roster records are linked to them. If
     * another account had typed the same NIP into its profile (possible before the claim was configured), that account
     * loses it: the provider's word beats a self-declaration.
     */
    private void takeNipFromIdentityProvider(AppUser user, String nip) {
        AppUser.findByNip(nip).filter(other -> !other.id.equals(user.id)).ifPresent(other -> {
            LOG.warnf("NIP moved from user %d to user %d, whose token carries it", other.id, user.id);
            other.nip = null;
            other.updatedAt = clock.instant();
            em.flush();
        });
        user.nip = nip;
        user.updatedAt = clock.instant();
        em.flush();
        profileSaved.fire(new ProfileSaved(user.id, nip));
    }

    /**
     * The NIP a token claims, if it is a valid NIP; a malformed one counts as none (logged at debug: it would come
     * with every request), so the user is asked to have it corrected at the identity provider.
     */
    private String wellFormedNip(String claimed) {
        if (claimed == null || claimed.isEmpty()) {
            return claimed;
        }
        try {
            return Nip.parse(claimed, LocalDate.now(clock.withZone(ZONE))).value();
        } catch (Nip.InvalidNipException e) {
            LOG.debugf("Identity provider's NIP claim ignored (%s)", e.getMessage());
            return "";
        }
    }

    /** How callers map to users; request-scoped beans ask here rather than get a new mapping object per request. */
    IdentityConfig config() {
        return config;
    }

    /** True when NIPs come from the identity provider and users cannot type one. */
    public boolean nipFromIdentityProvider() {
        return config.nipClaim().isPresent();
    }


    /**
     * Saves the learner's profile. Refuses, with a message per field and nothing saved: a malformed NIP (see
     * {@link Nip}), a NIP another user already has, an unknown echelon, and any shape error of the form.
     */
    @Transactional
    public AppUser updateProfile(long userId, ProfileForm typed) {
        ProfileForm form = new ProfileForm(PlainText.oneLine(typed.displayName()), PlainText.oneLine(typed.email()),
                typed.nip(), PlainText.oneLine(typed.opdName()), PlainText.oneLine(typed.positionTitle()), typed.echelon());
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<ProfileForm> v : validator.validate(form)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        String nip = null;
        if (nipFromIdentityProvider()) {
            nip = AppUser.<AppUser>findByIdOptional(userId).map(u -> u.nip).orElse(null); // only the token sets it
        } else {
            try {
                nip = Nip.parse(form.nip(), LocalDate.now(clock.withZone(ZONE))).value();
            } catch (Nip.InvalidNipException e) {
                errors.put("nip", e.getMessage());
            }
        }
        if (form.echelon() != null && !form.echelon().isBlank() && Echelon.fromCode(form.echelon()).isEmpty()) {
            errors.put("echelon", "Eselon atau kelas jabatan tidak dikenal.");
        }
        if (nip != null) {
            Optional<AppUser> holder = AppUser.findByNip(nip);
            if (holder.isPresent() && !holder.get().id.equals(userId)) {
                errors.put("nip", "NIP ini sudah terdaftar pada akun lain. Hubungi admin akademi bila ini NIP Anda.");
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        AppUser user = AppUser.<AppUser>findByIdOptional(userId)
                .orElseThrow(() -> DomainException.notFound("Pengguna tidak ditemukan.", "User not found."));
        user.displayName = form.displayName().trim();
        if (form.email() != null && !form.email().isBlank()) {
            user.email = form.email().trim();
        }
        user.nip = nip;
        user.opdName = form.opdName().trim();
        user.positionTitle = form.positionTitle().trim();
        user.echelon = form.echelon();
        user.updatedAt = clock.instant();
        if (user.profileCompletedAt == null) {
            user.profileCompletedAt = user.updatedAt;
        }
        profileSaved.fire(new ProfileSaved(user.id, nip));
        return user;
    }

    /** A user saved their profile with this NIP (cohorts link their participant record to the user). */
    public record ProfileSaved(long userId, String nip) {
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** What other features may show about a user (reports, trainer views). */
    public record UserSummary(long id, String name, String nip, String opd, String echelon, String email, String roles) {

        /** Whether the identity provider gave this user the role at their last sign-in. */
        public boolean hasRole(String role) {
            return java.util.Arrays.asList(roles == null ? new String[0] : roles.split(",")).contains(role);
        }
    }

    /** A user as admins look them up: who, what the identity provider last said, and whether the profile is done. */
    public record UserRow(long id, String name, String email, String nip, String opd, String roles, boolean profileComplete,
            java.time.Instant createdAt, java.time.Instant updatedAt) {
    }

    /**
     * Users whose NIP starts with the digits typed (spaces allowed), or whose name or e-mail contains the text, at most
     * {@code limit}, by name. Fewer than 3 characters is refused at the field {@code q}.
     */
    @Transactional
    public List<UserRow> search(String typed, int limit) {
        String q = typed == null ? "" : PlainText.oneLine(typed).strip();
        if (q.length() < 3) {
            throw DomainException.invalid(Map.of("q", "Ketik paling sedikit 3 huruf atau angka (nama, e-mail atau NIP)."));
        }
        String digits = Nip.queryDigits(q);
        List<AppUser> found = digits != null
                ? AppUser.<AppUser>find("nip like ?1 order by displayName, id", digits + "%").range(0, limit - 1).list()
                : AppUser.<AppUser>find("lower(displayName) like ?1 or lower(email) like ?1 order by displayName, id",
                        "%" + likeLiteral(q.toLowerCase(Locale.ROOT)) + "%").range(0, limit - 1).list();
        return found.stream().map(u -> new UserRow(u.id, u.displayName, u.email, u.nip, u.opdName, u.roles,
                u.profileComplete(), u.createdAt, u.updatedAt)).toList();
    }

    /** The text as a LIKE pattern that matches only itself (PostgreSQL's default escape character is the backslash). */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Summaries by id, for reports; unknown ids are left out. */
    @Transactional
    public Map<Long, UserSummary> summaries(Collection<Long> ids) {
        Map<Long, UserSummary> map = new HashMap<>();
        if (ids.isEmpty()) {
            return map;
        }
        AppUser.<AppUser>list("id in ?1", ids).forEach(u -> map.put(u.id, summary(u)));
        return map;
    }

    /**
     * A user by NIP (digits, any spacing) or e-mail, for admins and trainers picking a person to grant something to.
     * A NIP is unique; an e-mail is not (users may edit theirs), so an e-mail that more than one account uses is refused
     * rather than resolved to whichever account comes first: a 422 with the message at the form's {@code field}.
     */
    @Transactional
    public Optional<UserSummary> findByNipOrEmail(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String digits = value.replaceAll("[\\s.']", "");
        if (digits.matches("\\d{18}")) {
            return AppUser.findByNip(digits).map(UserService::summary);
        }
        List<AppUser> matches = AppUser.<AppUser>find("lower(email) = ?1 order by id", value.trim().toLowerCase(Locale.ROOT))
                .range(0, 1).list();
        if (matches.size() > 1) {
            throw DomainException.invalid(Map.of(field, "Lebih dari satu akun memakai e-mail ini. Gunakan NIP orang yang dimaksud."));
        }
        return matches.stream().findFirst().map(UserService::summary);
    }

    private static UserSummary summary(AppUser u) {
        return new UserSummary(u.id, u.displayName, u.nip, u.opdName, u.echelon, u.email, u.roles);
    }
}
