package id.gcio.academy.cohort;

import id.gcio.academy.identity.UserService;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Partner organisations and their members, managed by admins. */
@ApplicationScoped
public class PartnerService {

    /** A partner with its members' names. */
    public record PartnerView(String code, String name, List<String> members) {
    }

    /** A partner's page: its members, with what an admin needs to tell them apart, its cohorts and who changed what. */
    public record PartnerDetail(String code, String name, java.time.Instant createdAt, List<MemberView> members,
            List<String> cohorts, List<MemberEvent> history) {
    }

    /** A grant or removal of partner access: whose, which, by whom, when. */
    public record MemberEvent(String user, String action, String actor, java.time.Instant at) {
    }

    /**
     * A user acting for a partner. {@code partnerRole} says whether the identity provider gave them the partner role at
     * their last sign-in: without it, membership alone opens nothing.
     */
    public record MemberView(long userId, String name, String email, String nip, boolean partnerRole,
            java.time.Instant addedAt) {
    }

    @Inject
    UserService users;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public List<PartnerView> list() {
        return Partner.<Partner>list("order by code").stream().map(this::view).toList();
    }

    @Transactional
    public PartnerView create(String code, String name) {
        Map<String, String> errors = new LinkedHashMap<>();
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!ProgrammeContent.CODE.matcher(c).matches()) {
            errors.put("code", "Kode mitra: huruf besar, angka dan '-', 2–40 karakter.");
        } else if (Partner.findByCode(c).isPresent()) {
            errors.put("code", "Kode mitra " + c + " sudah dipakai.");
        }
        name = id.gcio.academy.web.PlainText.oneLine(name);
        if (name == null || name.isBlank() || name.length() > 300) {
            errors.put("name", "Nama mitra wajib diisi (maksimal 300 karakter).");
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Partner p = new Partner();
        p.code = c;
        p.name = name.trim();
        p.createdAt = clock.instant();
        p.persist();
        return view(p);
    }

    @Transactional
    public PartnerView addMember(String code, String user, long actorId) {
        Partner p = find(code);
        var u = users.findByNipOrEmail(user, "user").orElseThrow(() -> DomainException.invalid(Map.of("user",
                "Pengguna dengan e-mail atau NIP itu belum pernah masuk ke akademi.")));
        int added = em.createNativeQuery("insert into partner_member (partner_id, user_id, added_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, p.id).setParameter(2, u.id()).setParameter(3, clock.instant()).executeUpdate();
        if (added > 0) {
            event(p.id, u.id(), "ADDED", actorId);
        }
        return view(p);
    }

    /** One partner with its members and cohorts. */
    @Transactional
    public PartnerDetail detail(String code) {
        Partner p = find(code);
        List<PartnerMember> rows = PartnerMember.list("partnerId", p.id);
        Map<Long, UserService.UserSummary> people = users.summaries(rows.stream().map(m -> m.userId).toList());
        List<MemberView> members = rows.stream().filter(m -> people.containsKey(m.userId)).map(m -> {
            var u = people.get(m.userId);
            return new MemberView(u.id(), u.name(), u.email(), u.nip(), u.hasRole(id.gcio.academy.identity.Role.MITRA), m.addedAt);
        }).sorted(java.util.Comparator.comparing(MemberView::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<String> cohorts = Cohort.<Cohort>list("partnerId = ?1 order by year desc, code", p.id).stream()
                .map(c -> c.code).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("""
                select u.display_name, e.action, a.display_name, e.created_at from partner_member_event e
                join app_user u on u.id = e.user_id join app_user a on a.id = e.actor_id
                where e.partner_id = ?1 order by e.created_at desc, e.id desc limit 50""").setParameter(1, p.id).getResultList();
        List<MemberEvent> history = events.stream().map(r -> new MemberEvent((String) r[0], (String) r[1], (String) r[2],
                Timestamps.of(r[3]))).toList();
        return new PartnerDetail(p.code, p.name, p.createdAt, members, cohorts, history);
    }

    /**
     * Stops a user acting for the partner (someone who left the organisation): from their next request they no
     * longer see its cohorts. Their imports stay in the history under their name. Removing a non-member changes nothing.
     */
    @Transactional
    public PartnerDetail removeMember(String code, long userId, long actorId) {
        Partner p = find(code);
        if (PartnerMember.delete("partnerId = ?1 and userId = ?2", p.id, userId) > 0) {
            event(p.id, userId, "REMOVED", actorId);
        }
        return detail(p.code);
    }

    private void event(long partnerId, long userId, String action, long actorId) {
        em.createNativeQuery("""
                insert into partner_member_event (partner_id, user_id, action, actor_id, created_at) values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, partnerId).setParameter(2, userId).setParameter(3, action).setParameter(4, actorId)
                .setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
    }

    private static Partner find(String code) {
        return Partner.findByCode(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> DomainException.notFound("Mitra tidak ditemukan.", "Partner not found."));
    }

    private PartnerView view(Partner p) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("""
                select u.display_name from partner_member m join app_user u on u.id = m.user_id
                where m.partner_id = ?1 order by u.display_name""").setParameter(1, p.id).getResultList();
        return new PartnerView(p.code, p.name, names);
    }
}
