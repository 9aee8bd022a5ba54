package id.gcio.academy.cohort;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Nip;
import id.gcio.academy.identity.Role;
import id.gcio.academy.learning.LearningService;
import id.gcio.academy.learning.LearningService.CourseStatus;
import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cohorts and who may see them: admins everything, trainers read the cohorts an admin assigned them to, partners
 * only their own organisation's cohorts (another partner's or trainer's cohort is refused with 403 and nothing
 * changes), learners their own memberships. Other features call this, not the tables.
 */
@ApplicationScoped
public class CohortService {

    /** Who is asking, with the partner organisations they act for and the cohorts they are assigned to train. */
    public record Actor(long userId, boolean admin, boolean trainer, boolean partner, Set<Long> partnerIds,
            Set<Long> trainerCohortIds) {

        public boolean canRead(Cohort c) {
            return admin || (trainer && trainerCohortIds.contains(c.id))
                    || (partner && c.partnerId != null && partnerIds.contains(c.partnerId));
        }

        public boolean canWrite(Cohort c) {
            return admin || (partner && c.partnerId != null && partnerIds.contains(c.partnerId));
        }
    }

    /** A new cohort as a form or API body. */
    public record CohortForm(String code, String name, String programme, Integer year, String partner,
            LocalDate startsOn, LocalDate endsOn, String status) {
    }

    /** A cohort in lists. */
    public record CohortSummary(String code, String name, String programme, String programmeName, int year,
            String partnerCode, String partnerName, LocalDate startsOn, LocalDate endsOn, Cohort.Status status,
            long activeParticipants, String programmeNameEn) {
    }

    /** A count by group (echelon, position class, OPD). */
    public record GroupCount(String key, String label, long count) {

        /** The value that filters this group: the key, or {@link Filter#NO_ECHELON} for the group without echelon. */
        public String filterValue() {
            return key == null || key.isEmpty() ? Filter.NO_ECHELON : key;
        }
    }

    /** A participant's row in the cohort page, with progress per course of their path. */
    public record ParticipantRow(String nip, String fullName, String email, String phone, String opdCode,
            String opdName, String positionTitle, String legacyEchelon, PositionClass positionClass,
            Membership.Status status, boolean signedIn, List<String> courses, Map<String, CourseStatus> progress) {

        public String classLabel() {
            return positionClass.label();
        }

        public CourseStatus progressIn(String slug) {
            return progress.get(slug);
        }
    }

    /**
     * Which participants a cohort page shows. An echelon of {@value #NO_ECHELON} selects the participants without a
     * (legacy) echelon. A page beyond the last shows the last.
     */
    public record Filter(String echelon, String positionClass, String opd, String status, String q, int page) {
        public static final int PAGE_SIZE = 100;
        public static final String NO_ECHELON = "tanpa";

        public static Filter none() {
            return new Filter(null, null, null, null, null, 0);
        }

        public int previousPage() {
            return Math.max(0, page - 1);
        }

        public int nextPage() {
            return page + 1;
        }

        Filter atPage(int p) {
            return new Filter(echelon, positionClass, opd, status, q, p);
        }

        /** The page's query string for the previous page, keeping the filters (the page parameters' names). */
        public String previousPageQuery() {
            return pageQuery(previousPage());
        }

        /** The page's query string for the next page, keeping the filters. */
        public String nextPageQuery() {
            return pageQuery(nextPage());
        }

        private String pageQuery(int target) {
            StringBuilder query = new StringBuilder();
            param(query, "eselon", echelon);
            param(query, "kelas", positionClass);
            param(query, "opd", opd);
            param(query, "status", status);
            param(query, "q", q);
            return query.append("halaman=").append(target).toString();
        }

        private static void param(StringBuilder query, String name, String value) {
            if (notBlank(value)) {
                query.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                        .append('&');
            }
        }
    }

    /** The cohort page's data. */
    public record CohortDetail(CohortSummary cohort, List<String> programmeCourses, List<GroupCount> byEchelon,
            List<GroupCount> byClass, List<GroupCount> byOpd, long matching, Filter filter, List<ParticipantRow> rows,
            boolean canWrite) {

        public boolean hasNextPage() {
            return (long) (filter.page() + 1) * Filter.PAGE_SIZE < matching;
        }
    }

    /** A learner's cohort on their dashboard; the programme's and path's names in Bahasa Indonesia and English. */
    public record LearnerCohort(String code, String name, String programmeName, String pathName, List<String> courses,
            Membership.Status status, String programmeNameEn, String pathNameEn) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LearningService learning;

    /**
     * SQL: whether the partner organisations in the bigint array {@code partnerIds} (a query parameter, e.g. "?4")
     * manage participant {@code p}'s shared record. The record belongs to the cohort the person joined first: the
     * partner of that cohort manages it (a cohort without a partner: no partner does); a person in no cohort yet is
     * managed by whoever imports them. Joining another partner's cohort later changes nothing, so adding someone by
     * NIP never hands their name, e-mail or phone to the partner who added them.
     */
    public static String managedByPartnersSql(String partnerIds) {
        return " coalesce((select coalesce(fc.partner_id = any(cast(" + partnerIds + " as bigint[])), false)"
                + " from membership fm join cohort fc on fc.id = fm.cohort_id where fm.participant_id = p.id"
                + " order by fm.joined_at, fm.id limit 1), true)";
    }

    /** The caller as an actor of this feature. */
    @Transactional
    public Actor actor(CurrentUser user) {
        long id = user.id();
        Set<Long> partners = new java.util.HashSet<>(Partner.listByMember(id).stream().map(p -> p.id).toList());
        boolean trainer = user.hasRole(Role.PELATIH);
        Set<Long> trained = trainer
                ? new java.util.HashSet<>(CohortTrainer.<CohortTrainer>list("userId", id).stream().map(t -> t.cohortId).toList())
                : Set.of();
        return new Actor(id, user.hasRole(Role.ADMIN), trainer, user.hasRole(Role.MITRA), partners, trained);
    }

    /** The cohorts the actor may see, newest first. */
    @Transactional
    public List<CohortSummary> list(Actor actor) {
        List<Cohort> cohorts = Cohort.list("order by year desc, code");
        return cohorts.stream().filter(actor::canRead).map(this::summary).toList();
    }

    /** Creates a cohort; a partner creates it for their own organisation. Refused with a message per field. */
    @Transactional
    public CohortSummary create(CohortForm form, Actor actor) {
        return create(form, actor, "id");
    }

    /** {@link #create(CohortForm, Actor)} with the field messages in {@code lang} ("en" or Bahasa Indonesia). */
    @Transactional
    public CohortSummary create(CohortForm form, Actor actor, String lang) {
        boolean en = "en".equals(lang);
        if (!actor.admin() && !actor.partner()) {
            throw DomainException.forbidden("Hanya admin dan mitra yang dapat membuat angkatan.",
                    "Only admins and partners can create cohorts.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String code = form.code() == null ? "" : form.code().trim().toUpperCase(Locale.ROOT);
        if (!ProgrammeContent.CODE.matcher(code).matches()) {
            errors.put("code", en ? "Cohort code: capital letters, digits and '-', 2–40 characters (e.g. DLA-2026-01)."
                    : "Kode angkatan: huruf besar, angka dan '-', 2–40 karakter (mis. DLA-2026-01).");
        } else if (Cohort.findByCode(code).isPresent()) {
            errors.put("code", en ? "Cohort code " + code + " is already taken." : "Kode angkatan " + code + " sudah dipakai.");
        }
        if (form.name() == null || form.name().isBlank() || form.name().length() > 300) {
            errors.put("name", en ? "The cohort name is required (300 characters at most)."
                    : "Nama angkatan wajib diisi (maksimal 300 karakter).");
        }
        Programme programme = form.programme() == null ? null
                : Programme.findByCode(form.programme().trim().toUpperCase(Locale.ROOT)).filter(p -> p.archivedAt == null).orElse(null);
        if (programme == null) {
            errors.put("programme", en ? "Choose a programme (e.g. DLA or GCIO)." : "Pilih program (mis. DLA atau GCIO).");
        }
        int year = form.year() == null ? LocalDate.now(clock).getYear() : form.year();
        if (year < 2000 || year > 2100) {
            errors.put("year", en ? "That year is not plausible." : "Tahun tidak masuk akal.");
        }
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            errors.put("endsOn", en ? "The end date cannot be before the start date." : "Tanggal selesai tidak boleh sebelum tanggal mulai.");
        }
        Cohort.Status status = Cohort.Status.PLANNED;
        if (form.status() != null && !form.status().isBlank()) {
            try {
                status = Cohort.Status.valueOf(form.status().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("status", "Status: PLANNED, ACTIVE, COMPLETED atau CANCELLED.");
            }
        }
        Long partnerId = null;
        if (form.partner() != null && !form.partner().isBlank()) {
            Optional<Partner> p = Partner.findByCode(form.partner().trim().toUpperCase(Locale.ROOT));
            if (p.isEmpty()) {
                errors.put("partner", en ? "Unknown partner." : "Mitra tidak dikenal.");
            } else if (!actor.admin() && !actor.partnerIds().contains(p.get().id)) {
                throw DomainException.forbidden(
                        "Anda hanya dapat membuat angkatan untuk organisasi mitra Anda sendiri.",
                        "You can only create cohorts for your own partner organisation.");
            } else {
                partnerId = p.get().id;
            }
        } else if (!actor.admin()) {
            if (actor.partnerIds().size() != 1) {
                errors.put("partner", actor.partnerIds().isEmpty()
                        ? (en ? "Your account is not linked to a partner organisation yet; contact an admin."
                                : "Akun Anda belum terhubung dengan organisasi mitra; hubungi admin.")
                        : (en ? "Choose the partner organisation." : "Pilih organisasi mitra."));
            } else {
                partnerId = actor.partnerIds().iterator().next();
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Cohort c = new Cohort();
        c.code = code;
        c.name = form.name().trim();
        c.programmeId = programme.id;
        c.year = year;
        c.partnerId = partnerId;
        c.startsOn = form.startsOn();
        c.endsOn = form.endsOn();
        c.status = status;
        c.createdBy = actor.userId();
        c.createdAt = clock.instant();
        c.persist();
        return summary(c);
    }

    /** A cohort the actor may read (or write): unknown → 404, someone else's → 403. */
    @Transactional
    public Cohort require(String code, Actor actor, boolean write) {
        Cohort c = Cohort.findByCode(code == null ? "" : code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> DomainException.notFound("Angkatan " + code + " tidak ditemukan.",
                        "Cohort " + code + " not found."));
        if (write ? !actor.canWrite(c) : !actor.canRead(c)) {
            throw DomainException.forbidden("Angkatan " + c.code + " bukan milik organisasi Anda.",
                    "Cohort " + c.code + " does not belong to your organisation.");
        }
        return c;
    }

    @Transactional
    public CohortSummary summary(String code, Actor actor) {
        return summary(require(code, actor, false));
    }

    /** The cohort page: counts by echelon, position class and OPD, and a page of participants with their progress. */
    @Transactional
    public CohortDetail detail(String code, Actor actor, Filter filter) {
        Cohort c = require(code, actor, false);
        Programme programme = Programme.findById(c.programmeId);
        List<String> courses = programme.definition.paths().stream().flatMap(p -> p.courses().stream()).distinct().toList();
        Map<String, String> opdNames = opdNames();
        List<GroupCount> byEchelon = counts(c.id, "coalesce(p.legacy_echelon, '')", k -> k.isEmpty() ? "(tanpa eselon)" : "Eselon " + k);
        List<GroupCount> byClass = counts(c.id, "p.position_class", k -> PositionClass.valueOf(k).label());
        List<GroupCount> byOpd = counts(c.id, "p.opd_code", k -> opdNames.getOrDefault(k, k));

        Page page = rows(c.id, courses, opdNames, filter, Filter.PAGE_SIZE, (long) Math.max(0, filter.page()) * Filter.PAGE_SIZE,
                actor);
        long matching = page.matching();
        List<ParticipantRow> rows = page.rows();
        Filter shown = filter.atPage((int) (page.offset() / Filter.PAGE_SIZE));
        return new CohortDetail(summary(c), courses, byEchelon, byClass, byOpd, matching, shown, rows, actor.canWrite(c));
    }

    /** Every participant of a cohort for an export (same columns as the page, read 5,000 at a time). */
    @Transactional
    public List<ParticipantRow> allParticipants(String code, Actor actor) {
        Cohort c = require(code, actor, false);
        Programme programme = Programme.findById(c.programmeId);
        List<String> courses = programme.definition.paths().stream().flatMap(p -> p.courses().stream()).distinct().toList();
        Map<String, String> opdNames = opdNames();
        List<ParticipantRow> all = new ArrayList<>();
        Page page;
        do {
            page = rows(c.id, courses, opdNames, Filter.none(), 5000, all.size(), actor);
            all.addAll(page.rows());
        } while (all.size() < page.matching() && !page.rows().isEmpty());
        return all;
    }

    /**
     * A page of a cohort's participants matching a filter, with their progress, how many match in all, and the offset
     * shown (an offset beyond the last match shows the last page).
     */
    private record Page(long matching, long offset, List<ParticipantRow> rows) {
    }

    /**
     * A page of rows. A partner sees the e-mail and phone only of participants whose record it manages
     * ({@link #managedByPartnersSql}); admins and the cohort's trainers see all.
     */
    private Page rows(long cohortId, List<String> courses, Map<String, String> opdNames, Filter filter, int limit, long offset,
            Actor actor) {
        StringBuilder where = new StringBuilder(" from membership m join participant p on p.id = m.participant_id where m.cohort_id = :cohort");
        Map<String, Object> params = new HashMap<>();
        params.put("cohort", cohortId);
        if (notBlank(filter.echelon())) {
            where.append(" and coalesce(p.legacy_echelon, '') = :echelon");
            params.put("echelon", Filter.NO_ECHELON.equals(filter.echelon()) ? "" : filter.echelon());
        }
        if (notBlank(filter.positionClass())) {
            where.append(" and p.position_class = :class");
            params.put("class", filter.positionClass());
        }
        if (notBlank(filter.opd())) {
            where.append(" and p.opd_code = :opd");
            params.put("opd", filter.opd());
        }
        if (notBlank(filter.status())) {
            where.append(" and m.status = :status");
            params.put("status", filter.status());
        }
        if (notBlank(filter.q())) {
            where.append(" and (p.nip like :q or lower(p.full_name) like :q)");
            params.put("q", "%" + searchText(filter.q()).replace("%", "") + "%");
        }
        var countQuery = em.createNativeQuery("select count(*)" + where);
        params.forEach(countQuery::setParameter);
        long matching = ((Number) countQuery.getSingleResult()).longValue();
        if (offset >= matching && offset > 0) {
            offset = matching == 0 ? 0 : (matching - 1) / limit * limit;
        }
        var rowsQuery = em.createNativeQuery("""
                select p.nip, p.full_name, p.email, p.phone, p.opd_code, p.position_title, p.legacy_echelon,
                       p.position_class, m.status, p.user_id, cast(m.courses as text),
                       (:seesAll or """ + managedByPartnersSql(":partners") + ")" + where
                + " order by p.position_class, coalesce(p.legacy_echelon, ''), p.full_name, p.nip limit :limit offset :offset");
        params.forEach(rowsQuery::setParameter);
        rowsQuery.setParameter("limit", limit).setParameter("offset", offset)
                .setParameter("seesAll", actor.admin() || actor.trainer())
                .setParameter("partners", actor.partnerIds().toArray(Long[]::new));
        @SuppressWarnings("unchecked")
        List<Object[]> raw = rowsQuery.getResultList();
        List<Long> userIds = raw.stream().filter(r -> r[9] != null).map(r -> ((Number) r[9]).longValue()).toList();
        Map<Long, Map<String, CourseStatus>> progress = learning.courseStatuses(userIds, courses);
        List<ParticipantRow> rows = new ArrayList<>();
        for (Object[] r : raw) {
            Long userId = r[9] == null ? null : ((Number) r[9]).longValue();
            boolean contact = Boolean.TRUE.equals(r[11]);
            rows.add(new ParticipantRow((String) r[0], (String) r[1], contact ? (String) r[2] : null,
                    contact ? (String) r[3] : null, (String) r[4],
                    opdNames.getOrDefault((String) r[4], (String) r[4]), (String) r[5], (String) r[6],
                    PositionClass.valueOf((String) r[7]), Membership.Status.valueOf((String) r[8]), userId != null,
                    readList((String) r[10]), userId == null ? Map.of() : progress.getOrDefault(userId, Map.of())));
        }
        return new Page(matching, offset, rows);
    }

    /**
     * Suspends (the participant leaves) or reactivates a membership. Suspending never deletes progress, grades or
     * certificates; the participant simply no longer counts as active in the cohort.
     */
    @Transactional
    public void setStatus(String code, String nip, Membership.Status status, Actor actor) {
        Cohort c = require(code, actor, true);
        int changed = em.createNativeQuery("""
                update membership set status = ?1, status_changed_at = ?2
                where cohort_id = ?3 and participant_id = (select id from participant where nip = ?4) and status <> ?1""")
                .setParameter(1, status.name()).setParameter(2, clock.instant()).setParameter(3, c.id).setParameter(4, nip)
                .executeUpdate();
        if (changed == 0 && ((Number) em.createNativeQuery("""
                select count(*) from membership where cohort_id = ?1 and participant_id = (select id from participant where nip = ?2)""")
                .setParameter(1, c.id).setParameter(2, nip).getSingleResult()).longValue() == 0) {
            throw DomainException.notFound("Peserta dengan NIP " + nip + " tidak ada di angkatan ini.",
                    "No participant with NIP " + nip + " in this cohort.");
        }
    }

    /** The name of a cohort member, for the page that asks before suspending them (404 when not in the cohort). */
    @Transactional
    public String memberName(String code, String nip, Actor actor) {
        Cohort c = require(code, actor, true);
        List<?> names = em.createNativeQuery("""
                select p.full_name from membership m join participant p on p.id = m.participant_id
                where m.cohort_id = ?1 and p.nip = ?2""").setParameter(1, c.id).setParameter(2, nip).getResultList();
        if (names.isEmpty()) {
            throw DomainException.notFound("Peserta dengan NIP " + nip + " tidak ada di angkatan ini.",
                    "No participant with NIP " + nip + " in this cohort.");
        }
        return (String) names.get(0);
    }

    /** The learner's cohorts, for their dashboard. */
    @Transactional
    public List<LearnerCohort> forLearner(long userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.code, c.name, c.programme_id, p.position_class, m.status, cast(m.courses as text)
                from membership m join participant p on p.id = m.participant_id join cohort c on c.id = m.cohort_id
                where p.user_id = ?1 order by c.year desc, c.code""").setParameter(1, userId).getResultList();
        List<LearnerCohort> list = new ArrayList<>();
        for (Object[] r : rows) {
            Programme prog = Programme.findById(((Number) r[2]).longValue());
            var path = prog.pathFor(PositionClass.valueOf((String) r[3]));
            list.add(new LearnerCohort((String) r[0], (String) r[1], prog.nameId, path.map(p -> p.name().id()).orElse(""),
                    readList((String) r[5]), Membership.Status.valueOf((String) r[4]), prog.nameEn,
                    path.map(p -> p.name().en()).orElse("")));
        }
        return list;
    }

    /** An active member with an account, of a cohort that ends on a given day, with the courses of their path. */
    public record EndingMember(long userId, String cohortCode, String cohortName, LocalDate endsOn, List<String> courses) {
    }

    /** The active members with an account of the cohorts (not cancelled or completed) that end on {@code endsOn}. */
    @Transactional
    public List<EndingMember> activeMembersOfCohortsEnding(LocalDate endsOn) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.user_id, c.code, c.name, cast(m.courses as text)
                from membership m join participant p on p.id = m.participant_id join cohort c on c.id = m.cohort_id
                where c.ends_on = ?1 and c.status in ('PLANNED', 'ACTIVE') and m.status = 'ACTIVE' and p.user_id is not null
                order by c.code, p.user_id""").setParameter(1, endsOn).getResultList();
        return rows.stream().map(r -> new EndingMember(((Number) r[0]).longValue(), (String) r[1], (String) r[2], endsOn,
                readList((String) r[3]))).toList();
    }

    void onProfileSaved(@jakarta.enterprise.event.Observes id.gcio.academy.identity.UserService.ProfileSaved event) {
        linkUser(event.userId(), event.nip());
    }

    /**
     * Links the participant records with this NIP to a user (called when a user states their NIP) and enrols them in
     * the courses of their active memberships' paths.
     */
    @Transactional
    public void linkUser(long userId, String nip) {
        if (nip == null) {
            return;
        }
        em.createNativeQuery("update participant set user_id = ?1 where nip = ?2 and (user_id is null or user_id <> ?1)")
                .setParameter(1, userId).setParameter(2, nip).executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> courses = em.createNativeQuery("""
                select cast(m.courses as text) from membership m join participant p on p.id = m.participant_id
                where p.nip = ?1 and m.status = 'ACTIVE'""").setParameter(1, nip).getResultList();
        List<String> slugs = courses.stream().flatMap(c -> readList(c).stream()).distinct().toList();
        learning.enrolInPath(userId, slugs);
    }

    /** The OPD reference list, for resolving what a roster says and for the admin page. */
    @Transactional
    public OpdIndex opdIndex() {
        return new OpdIndex(Opd.listActive());
    }

    /** OPD names by code. */
    @Transactional
    public Map<String, String> opdNames() {
        Map<String, String> names = new HashMap<>();
        Opd.<Opd>listAll().forEach(o -> names.put(o.code, o.name));
        return names;
    }

    /** OPD lookup by code, official name or alias, ignoring case, spacing and punctuation. */
    public static final class OpdIndex {
        private final Map<String, String> byKey = new HashMap<>();

        OpdIndex(List<Opd> opds) {
            for (Opd o : opds) {
                byKey.put(key(o.code), o.code);
                byKey.put(key(o.name), o.code);
                o.aliases.forEach(a -> byKey.putIfAbsent(key(a), o.code));
            }
        }

        public Optional<String> resolve(String value) {
            return value == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(value)));
        }

        static String key(String s) {
            String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
            return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        }
    }

    /** A search as typed, lower-cased; a NIP-like query ({@link Nip#queryDigits}) as its digits. */
    static String searchText(String q) {
        String digits = Nip.queryDigits(q);
        return digits != null ? digits : q.strip().toLowerCase(Locale.ROOT);
    }

    private List<GroupCount> counts(long cohortId, String expression, java.util.function.Function<String, String> label) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + expression + ", count(*) from membership m "
                + "join participant p on p.id = m.participant_id where m.cohort_id = ?1 and m.status <> 'SUSPENDED' "
                + "group by 1 order by 2 desc, 1").setParameter(1, cohortId).getResultList();
        return rows.stream().map(r -> new GroupCount((String) r[0], label.apply((String) r[0]), ((Number) r[1]).longValue())).toList();
    }

    private CohortSummary summary(Cohort c) {
        Programme p = Programme.findById(c.programmeId);
        Partner partner = c.partnerId == null ? null : Partner.findById(c.partnerId);
        long active = ((Number) em.createNativeQuery("select count(*) from membership where cohort_id = ?1 and status = 'ACTIVE'")
                .setParameter(1, c.id).getSingleResult()).longValue();
        return new CohortSummary(c.code, c.name, p.code, p.nameId, c.year, partner == null ? null : partner.code,
                partner == null ? null : partner.name, c.startsOn, c.endsOn, c.status, active, p.nameEn);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** A membership's stored course list (JSON array of slugs). */
    public static List<String> readList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    Instant now() {
        return clock.instant();
    }

    /** A cohort on a roster entry: code, name and the membership's status. */
    public record RosterCohort(String code, String name, Membership.Status status) {
    }

    /**
     * Someone on a cohort roster whose record no account is linked to yet: they never signed in, or signed in without
     * stating their NIP. For admins' user lookup (the caller checks the role).
     */
    public record UnlinkedParticipant(String nip, String fullName, String email, String opdCode, String opdName,
            List<RosterCohort> cohorts) {
    }

    /**
     * Roster entries without a linked account whose NIP starts with the digits typed (spaces and dots ignored, as on
     * a printed NIP) or whose name or e-mail contains the text; at most {@code limit}, by name.
     */
    @Transactional
    public List<UnlinkedParticipant> unlinkedParticipants(String typed, int limit) {
        String q = typed == null ? "" : typed.strip();
        String digits = Nip.queryDigits(q);
        if (q.length() < 3) {
            return List.of();
        }
        List<Participant> found = digits != null
                ? Participant.<Participant>find("userId is null and nip like ?1 order by fullName, id", digits + "%")
                        .range(0, limit - 1).list()
                : Participant.<Participant>find("userId is null and (lower(fullName) like ?1 or lower(email) like ?1) "
                        + "order by fullName, id", "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                                .replace("%", "\\%").replace("_", "\\_") + "%").range(0, limit - 1).list();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RosterCohort>> cohorts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.participant_id, c.code, c.name, m.status from membership m join cohort c on c.id = m.cohort_id
                where m.participant_id in ?1 order by c.year desc, c.code""")
                .setParameter(1, found.stream().map(p -> p.id).toList()).getResultList();
        for (Object[] r : rows) {
            cohorts.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new RosterCohort((String) r[1], (String) r[2], Membership.Status.valueOf((String) r[3])));
        }
        Map<String, String> opds = opdNames();
        return found.stream().map(p -> new UnlinkedParticipant(p.nip, p.fullName, p.email, p.opdCode,
                opds.getOrDefault(p.opdCode, p.opdCode), cohorts.getOrDefault(p.id, List.of()))).toList();
    }
}
