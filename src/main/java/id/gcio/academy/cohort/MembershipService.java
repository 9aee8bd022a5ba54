package id.gcio.academy.cohort;

import id.gcio.academy.cohort.CohortService.Actor;
import id.gcio.academy.cohort.ProgrammeContent.CertificateFile;
import id.gcio.academy.cohort.ProgrammeContent.PathFile;
import id.gcio.academy.identity.UserService;
import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What grading and certificates need to know about cohorts: a person's memberships with their programme, path and
 * certificate rules; a cohort's members; and which trainers an admin assigned to which cohorts.
 */
@ApplicationScoped
public class MembershipService {

    /** A membership with everything the programme says about it. */
    public record ProgrammeMembership(long membershipId, long cohortId, String cohortCode, String cohortName,
            LocalDate cohortEndsOn, String programmeCode, String programmeName, long participantId, Long userId,
            String nip, String fullName, String opdName, PositionClass positionClass, Membership.Status status,
            List<String> courses, PathFile path, CertificateFile certificate, String programmeNameEn) {

        public Optional<PathFile> pathOpt() {
            return Optional.ofNullable(path);
        }
    }

    /** A trainer assigned to a cohort. */
    public record TrainerRow(long userId, String name, String email) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CohortService cohorts;

    @Inject
    UserService users;

    private static final String SELECT = """
            select m.id, c.id, c.code, c.name, c.ends_on, c.programme_id, p.id, p.user_id, p.nip, p.full_name,
                   coalesce(o.name, p.opd_code), p.position_class, m.status, cast(m.courses as text)
            from membership m join participant p on p.id = m.participant_id join cohort c on c.id = m.cohort_id
            left join opd o on o.code = p.opd_code
            """;

    /** The person's memberships that are not suspended, newest cohort first. */
    @Transactional
    public List<ProgrammeMembership> ofUser(long userId) {
        return read(SELECT + " where p.user_id = ?1 and m.status <> 'SUSPENDED' order by c.year desc, c.id desc", userId);
    }

    /** A cohort's members that are not suspended, by name. */
    @Transactional
    public List<ProgrammeMembership> ofCohort(long cohortId) {
        return read(SELECT + " where m.cohort_id = ?1 and m.status <> 'SUSPENDED' order by p.full_name, p.nip", cohortId);
    }

    /** Locks a membership row (for exactly-once decisions about it, e.g. issuing its certificate). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(long membershipId) {
        em.createNativeQuery("select id from membership where id = ?1 for update").setParameter(1, membershipId).getResultList();
    }

    /** A cohort the actor may read, by code: unknown → 404, another partner's → 403. */
    @Transactional
    public Cohort cohort(String code, Actor actor) {
        return cohorts.require(code, actor, false);
    }

    /** The names of learners as their rosters write them (with academic titles), for those who are on one. */
    public Map<Long, String> rosterNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        if (!userIds.isEmpty()) {
            Participant.getEntityManager().createQuery(
                    "select p.userId, p.fullName from Participant p where p.userId in ?1", Object[].class)
                    .setParameter(1, Set.copyOf(userIds)).getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    @Transactional
    public Optional<Cohort> cohortById(long id) {
        return Optional.ofNullable(Cohort.findById(id));
    }

    /** A programme's certificate rules, if it awards one. */
    @Transactional
    public Optional<CertificateFile> programmeCertificate(long programmeId) {
        return Optional.ofNullable(Programme.<Programme>findById(programmeId)).map(p -> p.definition.certificate());
    }

    /** The codes of the programmes in use. */
    @Transactional
    public Set<String> programmeCodes() {
        return new HashSet<>(Programme.listActive().stream().map(p -> p.code).toList());
    }

    /**
     * The learners (accounts linked to a participant, any membership status) of the cohorts a trainer is assigned to:
     * whose quiz attempts and extra time the trainer may see and grant.
     */
    @Transactional
    public Set<Long> learnersOfTrainer(long trainerId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                select distinct coalesce(p.user_id, u.id) from cohort_trainer ct
                join membership m on m.cohort_id = ct.cohort_id
                join participant p on p.id = m.participant_id
                left join app_user u on u.nip = p.nip
                where ct.user_id = ?1 and coalesce(p.user_id, u.id) is not null""").setParameter(1, trainerId).getResultList();
        return new HashSet<>(ids.stream().map(Number::longValue).toList());
    }

    /** The cohorts a trainer is assigned to. */
    @Transactional
    public Set<Long> trainerCohortIds(long userId) {
        return new HashSet<>(CohortTrainer.<CohortTrainer>list("userId", userId).stream().map(t -> t.cohortId).toList());
    }

    /** Cohorts newest first: those with these ids, or every cohort when {@code ids} is null (for admins' filters). */
    @Transactional
    public List<Cohort> cohorts(Collection<Long> ids) {
        if (ids == null) {
            return Cohort.list("order by year desc, code");
        }
        return ids.isEmpty() ? List.of() : Cohort.list("id in ?1 order by year desc, code", ids);
    }

    /** Everyone assigned to train at least one cohort. */
    @Transactional
    public Set<Long> allTrainerIds() {
        return new HashSet<>(CohortTrainer.<CohortTrainer>listAll().stream().map(t -> t.userId).toList());
    }

    @Transactional
    public List<TrainerRow> trainers(String cohortCode, Actor actor) {
        Cohort c = cohorts.require(cohortCode, actor, false);
        List<CohortTrainer> rows = CohortTrainer.list("cohortId", c.id);
        Map<Long, UserService.UserSummary> names = users.summaries(rows.stream().map(t -> t.userId).toList());
        List<TrainerRow> list = new ArrayList<>();
        for (CohortTrainer t : rows) {
            UserService.UserSummary u = names.get(t.userId);
            list.add(new TrainerRow(t.userId, u == null ? "#" + t.userId : u.name(), u == null ? null : u.email()));
        }
        return list;
    }

    /** Assigns a trainer (named by e-mail or NIP, holding the pelatih role) to a cohort; admins only. */
    @Transactional
    public TrainerRow assignTrainer(String cohortCode, String trainer, Actor actor) {
        if (!actor.admin()) {
            throw DomainException.forbidden("Hanya admin yang dapat menugaskan pelatih.",
                    "Only an admin can assign trainers.");
        }
        Cohort c = cohorts.require(cohortCode, actor, true);
        UserService.UserSummary u = users.findByNipOrEmail(trainer == null ? "" : trainer.trim(), "trainer")
                .orElseThrow(() -> DomainException.invalid(Map.of("trainer",
                        "Pengguna dengan e-mail atau NIP itu belum pernah masuk ke akademi.")));
        if (!u.hasRole(id.gcio.academy.identity.Role.PELATIH)) {
            throw DomainException.invalid(Map.of("trainer", u.name() + " tidak memiliki peran pelatih."));
        }
        if (CohortTrainer.count("cohortId = ?1 and userId = ?2", c.id, u.id()) == 0) {
            CohortTrainer t = new CohortTrainer();
            t.cohortId = c.id;
            t.userId = u.id();
            t.assignedBy = actor.userId();
            t.assignedAt = clock.instant();
            t.persist();
        }
        return new TrainerRow(u.id(), u.name(), u.email());
    }

    @Transactional
    public void removeTrainer(String cohortCode, long trainerId, Actor actor) {
        if (!actor.admin()) {
            throw DomainException.forbidden("Hanya admin yang dapat mengubah penugasan pelatih.",
                    "Only an admin can change trainer assignments.");
        }
        Cohort c = cohorts.require(cohortCode, actor, true);
        CohortTrainer.delete("cohortId = ?1 and userId = ?2", c.id, trainerId);
    }

    private List<ProgrammeMembership> read(String sql, long param) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, param).getResultList();
        Map<Long, Programme> programmes = new java.util.HashMap<>();
        List<ProgrammeMembership> list = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Programme prog = programmes.computeIfAbsent(((Number) r[5]).longValue(), id -> Programme.<Programme>findById(id));
            PositionClass pc = PositionClass.valueOf((String) r[11]);
            list.add(new ProgrammeMembership(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], r[4] == null ? null : r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4], prog.code, prog.nameId,
                    ((Number) r[6]).longValue(), r[7] == null ? null : ((Number) r[7]).longValue(), (String) r[8],
                    (String) r[9], (String) r[10], pc, Membership.Status.valueOf((String) r[12]),
                    CohortService.readList((String) r[13]), prog.pathFor(pc).orElse(null), prog.definition.certificate(),
                    prog.nameEn));
        }
        return list;
    }
}
