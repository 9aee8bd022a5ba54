package id.gcio.academy.certificate;

import id.gcio.academy.cohort.Cohort;
import id.gcio.academy.cohort.MembershipService;
import id.gcio.academy.cohort.MembershipService.ProgrammeMembership;
import id.gcio.academy.cohort.ProgrammeContent.CertificateFile;
import id.gcio.academy.grading.GradebookService;
import id.gcio.academy.grading.GradebookService.Standing;
import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates: evaluates the programme's completion rules, issues a certificate exactly once (or queues it for an
 * admin's approval), signs it, revokes and re-issues, and answers verification. Nothing is ever deleted.
 */
@ApplicationScoped
public class CertificateService {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** What the verification page and API say about a number. */
    public record Verification(String number, String status, String holderName, String nipMasked, String opdName,
            String programmeName, String cohortName, LocalDate completedOn, Integer hours, List<String> competencies,
            LocalDate issuedOn, LocalDate expiresOn, Instant revokedAt, String revokedReason, String replacedBy,
            String replaces, String payload, String signature, String keyId) {

        public boolean valid() {
            return "VALID".equals(status);
        }

        /** Nothing to show but the number as read and why it was not found. */
        static Verification notFound(String number, String status) {
            return new Verification(number, status, null, null, null, null, null, null, null, List.of(), null, null, null,
                    null, null, null, null, null, null);
        }
    }

    /** What an admin's "check now" did: certificates issued, queued for approval, and members not yet eligible. */
    public record CohortCheck(int issued, int queuedForApproval, int notYetEligible, int alreadyCertified) {
    }

    /** A certificate in lists (cohort, learner, admin). */
    public record CertificateRow(long id, String number, Certificate.Status status, String holderName, String nip,
            String opdName, String programmeCode, String cohortName, LocalDate completedOn, LocalDate issuedOn,
            LocalDate expiresOn, Instant revokedAt, String revokedReason, String replacesNumber, BigDecimal finalPercent) {
    }

    /** A certificate's history entry. */
    public record EventRow(String action, Long actorId, String reason, Instant at) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MembershipService memberships;

    @Inject
    GradebookService gradebook;

    @Inject
    CertificateSigner signer;

    @Inject
    jakarta.enterprise.event.Event<CertificateIssued> issued;

    @Inject
    CertificateConfig config;

    @ConfigProperty(name = "academy.public-url")
    String publicUrl;

    // ------------------------------------------------------------------------------------------------ issuing

    /**
     * Issues the certificates a learner has earned and not yet received (or queues them for approval). Exactly once:
     * the membership row is locked while deciding and the database allows one certificate per programme and person
     * that is not revoked. A person whose certificate was revoked gets a new one only by an admin's re-issue.
     */
    @Transactional
    public List<Certificate> evaluate(long userId) {
        List<Certificate> issued = new ArrayList<>();
        for (ProgrammeMembership m : memberships.ofUser(userId)) {
            if (m.certificate() == null || m.path() == null || m.userId() == null) {
                continue;
            }
            memberships.lock(m.membershipId());
            if (Certificate.count("programmeCode = ?1 and userId = ?2", m.programmeCode(), userId) > 0) {
                continue;
            }
            Standing st = gradebook.standings(List.of(m)).get(0);
            if (!st.outcome().met()) {
                continue;
            }
            issued.add(create(m, st, null, null));
        }
        return issued;
    }

    private Certificate create(ProgrammeMembership m, Standing st, Certificate replaces, String holderName) {
        CertificateFile file = m.certificate();
        Certificate c = new Certificate();
        c.programmeCode = m.programmeCode();
        c.userId = m.userId();
        c.participantId = m.participantId();
        c.cohortId = m.cohortId();
        c.holderName = PrintableText.clean(holderName != null ? holderName : m.fullName());
        c.nip = m.nip();
        c.opdName = m.opdName();
        c.programmeName = file.title().id();
        c.cohortName = m.cohortName();
        c.completedOn = st.completedOn() == null ? LocalDate.now(clock.withZone(WITA)) : st.completedOn();
        c.hours = st.hours();
        c.competencies = new ArrayList<>(file.competencies());
        c.finalPercent = st.finalPercent() == null ? null : BigDecimal.valueOf(st.finalPercent());
        c.signatoryName = config.signatoryName();
        c.signatoryTitle = config.signatoryTitle();
        c.createdAt = clock.instant();
        if (replaces != null) {
            c.replacesId = replaces.id;
            c.replacesNumber = replaces.number;
        }
        if (file.needsApproval() && replaces == null) {
            c.status = Certificate.Status.PENDING_APPROVAL;
            c.persist();
            event(c, "QUEUED_FOR_APPROVAL", null, null);
        } else {
            sign(c, file);
            c.persist();
            event(c, replaces == null ? "ISSUED" : "REISSUED", null, null);
        }
        return c;
    }

    private void sign(Certificate c, CertificateFile file) {
        LocalDate today = LocalDate.now(clock.withZone(WITA));
        long seq = ((Number) em.createNativeQuery("select nextval('certificate_seq')").getSingleResult()).longValue();
        String prefix = file == null || file.numberPrefix() == null ? c.programmeCode : file.numberPrefix();
        c.number = CertificateNumber.next(prefix, today.getYear(), seq);
        c.issuedOn = today;
        c.expiresOn = file == null || file.validYears() == null ? null : today.plusYears(file.validYears());
        c.status = Certificate.Status.VALID;
        c.keyId = signer.currentKeyId();
        c.payload = CertificatePayload.of(c, config.provinceName());
        c.signature = signer.sign(c.payload).signature();
        issued.fire(new CertificateIssued(c.userId, c.number, c.programmeName, c.holderName, c.replacesId != null));
    }

    /** Approves a queued certificate: it gets its number and signature. Admins only (checked by the caller). */
    @Transactional
    public CertificateRow approve(long certificateId, long adminId) {
        Certificate c = em.find(Certificate.class, certificateId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw DomainException.notFound("Sertifikat tidak ditemukan.", "Certificate not found.");
        }
        if (c.status != Certificate.Status.PENDING_APPROVAL) {
            throw DomainException.conflict("Sertifikat ini tidak menunggu persetujuan.",
                    "This certificate is not awaiting approval.");
        }
        sign(c, programmeFile(c));
        event(c, "APPROVED", adminId, null);
        return row(c);
    }

    /** Revokes a valid certificate with a reason; the certificate stays on record and verifies as revoked. */
    @Transactional
    public CertificateRow revoke(String number, String reason, long adminId) {
        Certificate c = lockByNumber(number);
        revokeRow(c, checkRevocation(c, reason), adminId);
        return row(c);
    }

    /**
     * What a revocation would do, without doing it (the confirmation step): the certificate, if it can be revoked with
     * this reason; otherwise the same errors {@link #revoke} gives.
     */
    @Transactional
    public CertificateRow revocationPreview(String number, String reason) {
        Certificate c = Certificate.findByNumber(number)
                .orElseThrow(() -> DomainException.notFound("Sertifikat " + number + " tidak ditemukan.",
                        "Certificate " + number + " not found."));
        checkRevocation(c, reason);
        return row(c);
    }

    private static String checkRevocation(Certificate c, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5) {
            throw DomainException.invalid(Map.of("reason", "Tuliskan alasan pencabutan (paling sedikit 5 karakter)."));
        }
        if (c.status != Certificate.Status.VALID) {
            throw DomainException.conflict("Sertifikat " + c.number + " sudah dicabut.",
                    "Certificate " + c.number + " has already been revoked.");
        }
        return why;
    }

    /**
     * Re-issues a valid certificate with a corrected holder name: the old one is revoked (reason names the
     * correction) and a new one, with a new number, records which one it replaces.
     */
    @Transactional
    public CertificateRow reissue(String number, String holderName, String reason, long adminId) {
        Certificate old = lockByNumber(number);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        // Control and bidi characters (pasted along with a name) are dropped: they break the PDF and can disguise a name.
        String name = holderName == null ? "" : PrintableText.clean(holderName);
        if (name.length() < 3 || name.length() > 200) {
            errors.put("holderName", "Nama pemegang wajib diisi (3–200 karakter), lengkap dengan gelar.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5) {
            errors.put("reason", "Tuliskan alasan penerbitan ulang (paling sedikit 5 karakter).");
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (old.status != Certificate.Status.VALID) {
            throw DomainException.conflict("Hanya sertifikat yang berlaku yang dapat diterbitkan ulang.",
                    "Only a valid certificate can be re-issued.");
        }
        revokeRow(old, "Diterbitkan ulang: " + why, adminId);
        em.flush();
        Certificate c = new Certificate();
        c.programmeCode = old.programmeCode;
        c.userId = old.userId;
        c.participantId = old.participantId;
        c.cohortId = old.cohortId;
        c.holderName = name;
        c.nip = old.nip;
        c.opdName = old.opdName;
        c.programmeName = old.programmeName;
        c.cohortName = old.cohortName;
        c.completedOn = old.completedOn;
        c.hours = old.hours;
        c.competencies = new ArrayList<>(old.competencies);
        c.finalPercent = old.finalPercent;
        c.signatoryName = config.signatoryName();
        c.signatoryTitle = config.signatoryTitle();
        c.replacesId = old.id;
        c.replacesNumber = old.number;
        c.createdAt = clock.instant();
        sign(c, programmeFile(old));
        c.persist();
        event(c, "REISSUED", adminId, why);
        return row(c);
    }

    private void revokeRow(Certificate c, String reason, long adminId) {
        c.status = Certificate.Status.REVOKED;
        c.revokedAt = clock.instant();
        c.revokedBy = adminId;
        c.revokedReason = reason;
        event(c, "REVOKED", adminId, reason);
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * Verifies a certificate number for the public: invalid (the stored data disagrees with its signed payload or the
     * signature does not verify), revoked, expired or valid. A number that is not found is malformed (not the shape
     * of a number), mistyped (a character no number has, or another certificate has this sequence number: the
     * sequence is unique, so one of the other characters is wrong) or unknown. Never shows the full NIP, and a
     * mistyped number never says which certificate it resembles.
     */
    /** Whether a certificate with this sequence exists, whatever its prefix, year and check part (an index probe). */
    private boolean sequenceIssued(long sequence) {
        Number n = (Number) em.createNativeQuery("select count(*) from certificate where split_part(number, '-', 3) = ?1")
                .setParameter(1, CertificateNumber.sequenceText(sequence)).getSingleResult();
        return n.longValue() > 0;
    }

    @Transactional
    public Verification verify(String number) {
        CertificateNumber.Typed typed = CertificateNumber.read(number);
        String n = typed.text();
        Optional<Certificate> found = Certificate.findByNumber(n);
        if (found.isEmpty() || found.get().status == Certificate.Status.PENDING_APPROVAL) {
            String status;
            if (!typed.wellFormed()) {
                status = "MALFORMED";
            } else if (!typed.checkCharsValid()
                    || sequenceIssued(typed.sequence())) {
                status = "MISTYPED";
            } else {
                status = "UNKNOWN";
            }
            return Verification.notFound(n, status);
        }
        Certificate c = found.get();
        String status;
        if (!authentic(c)) {
            status = "INVALID";
        } else if (c.status == Certificate.Status.REVOKED) {
            status = "REVOKED";
        } else if (c.expiresOn != null && c.expiresOn.isBefore(LocalDate.now(clock.withZone(WITA)))) {
            status = "EXPIRED";
        } else {
            status = "VALID";
        }
        if (status.equals("INVALID")) {
            return Verification.notFound(c.number, status);
        }
        String replacedBy = c.status == Certificate.Status.REVOKED
                ? Certificate.<Certificate>find("replacesId", c.id).firstResultOptional().map(x -> x.number).orElse(null)
                : null;
        return new Verification(c.number, status, PrintableText.clean(c.holderName), CertificatePayload.maskNip(c.nip),
                PrintableText.clean(c.opdName), PrintableText.clean(c.programmeName), PrintableText.clean(c.cohortName),
                c.completedOn, c.hours, PrintableText.clean(c.competencies), c.issuedOn,
                c.expiresOn, c.revokedAt, c.revokedReason, replacedBy, c.replacesNumber, c.payload, c.signature, c.keyId);
    }

    /** Whether the stored row still says exactly what was signed, and the signature verifies with a published key. */
    boolean authentic(Certificate c) {
        if (c.payload == null || c.signature == null || c.number == null) {
            return false;
        }
        String issuer = issuerOf(c.payload);
        if (issuer == null || !CertificatePayload.of(c, issuer).equals(c.payload)) {
            return false;
        }
        return signer.verify(c.payload, c.signature, c.keyId);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static String issuerOf(String payload) {
        try {
            return JSON.readTree(payload).path("issuer").asText(null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    /** A learner's own certificates. */
    @Transactional
    public List<CertificateRow> forLearner(long userId) {
        return Certificate.listByUser(userId).stream().map(CertificateService::row).toList();
    }

    /** A valid certificate of this learner by number, for the PDF; anyone else's (or a revoked one) → 404. */
    @Transactional
    public CertificateDocument ownDocument(String number, long userId) {
        Certificate c = Certificate.findByNumber(number)
                .filter(x -> x.userId == userId && x.status == Certificate.Status.VALID)
                .orElseThrow(() -> DomainException.notFound("Sertifikat tidak ditemukan.", "Certificate not found."));
        return document(c);
    }

    /** Any certificate's document, for admins (a revoked one too, for the record). */
    @Transactional
    public CertificateDocument document(String number) {
        return document(Certificate.findByNumber(number)
                .filter(x -> x.number != null)
                .orElseThrow(() -> DomainException.notFound("Sertifikat tidak ditemukan.", "Certificate not found.")));
    }

    /** The valid certificates of a cohort, as documents (for the ZIP). The caller checked access to the cohort. */
    @Transactional
    public List<CertificateDocument> cohortDocuments(long cohortId) {
        return Certificate.listByCohort(cohortId).stream().filter(c -> c.status == Certificate.Status.VALID)
                .map(this::document).toList();
    }

    /** Every certificate of a cohort (any status), for the cohort's list. */
    @Transactional
    public List<CertificateRow> forCohort(long cohortId) {
        return Certificate.listByCohort(cohortId).stream().map(CertificateService::row).toList();
    }

    /** Certificates waiting for approval, oldest first. */
    @Transactional
    public List<CertificateRow> pending() {
        return Certificate.<Certificate>list("status = ?1 order by createdAt", Certificate.Status.PENDING_APPROVAL)
                .stream().map(CertificateService::row).toList();
    }

    /** Recently issued or revoked certificates, for the admin page. */
    @Transactional
    public List<CertificateRow> recent(int limit) {
        return Certificate.<Certificate>find("order by createdAt desc, id desc").page(0, limit).list()
                .stream().map(CertificateService::row).toList();
    }

    @Transactional
    public List<EventRow> history(String number) {
        Certificate c = Certificate.findByNumber(number)
                .orElseThrow(() -> DomainException.notFound("Sertifikat tidak ditemukan.", "Certificate not found."));
        return CertificateEvent.listByCertificate(c.id).stream().map(e -> new EventRow(e.action, e.actorId, e.reason, e.createdAt)).toList();
    }

    /**
     * Evaluates every member of a cohort (an admin's "check now") with one batched gradebook read, then issues what is
     * due with the same exactly-once rules as {@link #evaluate(long)}; says how many certificates were issued, how many
     * wait for approval and how many members (never signed in included) do not meet the rules yet.
     */
    @Transactional
    public CohortCheck evaluateCohort(Cohort cohort) {
        List<ProgrammeMembership> all = memberships.ofCohort(cohort.id).stream()
                .filter(m -> m.certificate() != null && m.path() != null).toList();
        List<ProgrammeMembership> members = all.stream().filter(m -> m.userId() != null).toList();
        int neverSignedIn = all.size() - members.size();
        if (members.isEmpty()) {
            return new CohortCheck(0, 0, neverSignedIn, 0);
        }
        java.util.Set<Long> holders = new java.util.HashSet<>(em.createQuery(
                "select c.userId from Certificate c where c.programmeCode = ?1 and c.userId in ?2", Long.class)
                .setParameter(1, members.get(0).programmeCode())
                .setParameter(2, members.stream().map(ProgrammeMembership::userId).toList()).getResultList());
        int issued = 0;
        int queued = 0;
        int notEligible = neverSignedIn;
        int certified = 0;
        for (Standing st : gradebook.standings(members.stream().filter(m -> !holders.contains(m.userId())).toList())) {
            ProgrammeMembership m = st.membership();
            if (!st.outcome().met()) {
                notEligible++;
                continue;
            }
            memberships.lock(m.membershipId());
            if (Certificate.count("programmeCode = ?1 and userId = ?2", m.programmeCode(), m.userId()) == 0) {
                Certificate c = create(m, st, null, null);
                if (c.status == Certificate.Status.PENDING_APPROVAL) {
                    queued++;
                } else {
                    issued++;
                }
            } else {
                certified++;
            }
        }
        return new CohortCheck(issued, queued, notEligible, certified + (int) members.stream().filter(m -> holders.contains(m.userId())).count());
    }

    public CertificateDocument document(Certificate c) {
        return new CertificateDocument(c.number, c.programmeName, englishTitle(c), c.holderName, c.nip, c.opdName,
                c.programmeName, c.cohortName, c.completedOn, c.hours, List.copyOf(c.competencies), c.signatoryName,
                c.signatoryTitle, config.signatoryPlace(), config.provinceName(), config.issuerUnit(), c.issuedOn,
                c.expiresOn, verificationUrl(c.number), c.replacesNumber);
    }

    public String verificationUrl(String number) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/verifikasi/" + number;
    }

    private String englishTitle(Certificate c) {
        CertificateFile f = programmeFile(c);
        return f == null || f.title().en() == null ? "" : f.title().en();
    }

    private CertificateFile programmeFile(Certificate c) {
        return memberships.cohortById(c.cohortId).flatMap(x -> memberships.programmeCertificate(x.programmeId)).orElse(null);
    }

    private Certificate lockByNumber(String number) {
        Certificate c = Certificate.findByNumber(number)
                .orElseThrow(() -> DomainException.notFound("Sertifikat " + number + " tidak ditemukan.",
                        "Certificate " + number + " not found."));
        em.refresh(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return c;
    }

    private void event(Certificate c, String action, Long actor, String reason) {
        CertificateEvent e = new CertificateEvent();
        e.certificateId = c.id;
        e.action = action;
        e.actorId = actor;
        e.reason = reason;
        e.createdAt = clock.instant();
        if (c.id == null) {
            c.persist();
            e.certificateId = c.id;
        }
        e.persist();
    }

    static CertificateRow row(Certificate c) {
        return new CertificateRow(c.id, c.number, c.status, c.holderName, c.nip, c.opdName, c.programmeCode,
                c.cohortName, c.completedOn, c.issuedOn, c.expiresOn, c.revokedAt, c.revokedReason, c.replacesNumber,
                c.finalPercent);
    }
}
