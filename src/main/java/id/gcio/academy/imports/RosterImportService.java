package id.gcio.academy.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.gcio.academy.cohort.Cohort;
import id.gcio.academy.cohort.CohortService;
import id.gcio.academy.cohort.CohortService.Actor;
import id.gcio.academy.cohort.CohortService.OpdIndex;
import id.gcio.academy.cohort.OpdService;
import id.gcio.academy.cohort.OpdService.OpdView;
import id.gcio.academy.cohort.Programme;
import id.gcio.academy.imports.RosterFile.Limits;
import id.gcio.academy.learning.LearningService;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;

/**
 * Imports a roster (CSV or XLSX) into a cohort: read, validate every row, compare with what is stored, then either
 * only report (dry run) or write in one transaction. All or nothing by default; when the user explicitly chooses it,
 * the valid rows are imported and the rest reported. Participants are matched by NIP: a known participant is updated
 * (each changed field recorded), a new one created; importing the same file again changes nothing.
 */
@ApplicationScoped
public class RosterImportService {

    /** What happens to a row. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    /** How a commit treats rejected rows. */
    public enum Mode {
        ALL_OR_NOTHING, VALID_ROWS
    }

    /**
     * One row's result: its outcome, errors, the fields it changes, and a note (Bahasa Indonesia) when the row joins
     * the cohort without touching the stored participant (see {@link #EXISTING_KEPT}).
     */
    public record RowReport(int row, String nip, String name, Outcome outcome, List<RowError> errors, List<String> changes,
            String note) {

        /** True when the participant was already recorded elsewhere and their stored data is kept as it is. */
        public boolean existingKept() {
            return note != null;
        }
    }

    /**
     * The note of a row whose NIP belongs to a participant the caller does not manage (the record came in through a
     * cohort of another organisation, {@link CohortService#managedByPartnersSql}): only the membership is created; the
     * stored data is neither shown nor changed.
     */
    public static final String EXISTING_KEPT = "NIP ini sudah tercatat sebagai peserta di luar angkatan organisasi "
            + "Anda; data peserta yang tersimpan dipertahankan dan hanya keanggotaan angkatan ini yang dibuat.";

    /**
     * The error of a row whose NIP belongs to a participant the caller does not manage under another name: joining
     * someone else's record takes their NIP and their name (titles, case and punctuation aside, {@link PersonName}), so
     * that a NIP alone cannot reveal who holds it. The stored name is not shown.
     */
    public static final String NAME_MISMATCH = "NIP ini sudah tercatat di luar angkatan organisasi Anda dengan nama "
            + "yang berbeda. Periksa NIP dan nama lengkapnya; bila keduanya benar, minta admin Diskominfo menambahkan "
            + "peserta ini ke angkatan.";

    /** The report of a dry run or a commit. */
    public record ImportReport(Long importId, Long uploadId, String cohort, String fileName, String fileHash,
            String format, boolean committed, Mode mode, int rowsRead, int created, int updated, int unchanged,
            int rejected, List<FileProblem> fileProblems, List<RowReport> rows) {

        public boolean fileOk() {
            return fileProblems.stream().noneMatch(FileProblem::blocking);
        }

        public List<RowReport> rejectedRows() {
            return rows.stream().filter(r -> r.outcome() == Outcome.REJECTED).toList();
        }

        /** True when a row names an OPD that is not in the reference list (the preview then shows the list). */
        public boolean unknownOpd() {
            return rows.stream().anyMatch(r -> r.errors().stream().anyMatch(e -> "OPD_UNKNOWN".equals(e.code())));
        }

        /** Rows joining the cohort with the stored participant's data kept (see {@link #EXISTING_KEPT}). */
        public List<RowReport> keptRows() {
            return rows.stream().filter(RowReport::existingKept).toList();
        }

        /** The first {@value RosterImportService#LISTED} new rows, for the preview's compact list. */
        public Listed newRows() {
            return listed(Outcome.CREATED, created);
        }

        /** The first {@value RosterImportService#LISTED} unchanged rows, for the preview's compact list. */
        public Listed unchangedRows() {
            return listed(Outcome.UNCHANGED, unchanged);
        }

        private Listed listed(Outcome outcome, int count) {
            List<RowReport> shown = rows.stream().filter(r -> r.outcome() == outcome).limit(LISTED).toList();
            return new Listed(shown, Math.max(0, count - shown.size()));
        }
    }

    /** How many rows of one outcome the preview lists by name; the rest are counted. */
    public static final int LISTED = 500;

    /** Some rows of one outcome and how many more there are. */
    public record Listed(List<RowReport> rows, int more) {
    }

    /** A refused commit, with the report saying why (nothing was written). */
    public static final class ImportRefused extends DomainException {
        private final transient ImportReport report;

        public ImportRefused(ImportReport report, String message) {
            super(422, "import-refused", message, null);
            this.report = report;
        }

        public ImportReport report() {
            return report;
        }
    }

    @Inject
    CohortService cohorts;

    @Inject
    OpdService opdList;

    @Inject
    LearningService learning;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    ImportConfig config;

    /** Reads and checks a file against a cohort without writing anything. */
    @Transactional
    public ImportReport dryRun(String cohortCode, String fileName, byte[] bytes, Actor actor) {
        Cohort cohort = cohorts.require(cohortCode, actor, true);
        return analyse(cohort, fileName, bytes, actor).report(null, false, null);
    }

    /** Imports a file into a cohort (see the class comment); returns the report with the import's id. */
    @Transactional
    public ImportReport commit(String cohortCode, String fileName, byte[] bytes, Mode mode, Actor actor) {
        Cohort cohort = cohorts.require(cohortCode, actor, true);
        em.createNativeQuery("select id from cohort where id = ?1 for update").setParameter(1, cohort.id).getSingleResult();
        Analysis a = analyse(cohort, fileName, bytes, actor);
        ImportReport preview = a.report(null, false, mode);
        if (!preview.fileOk()) {
            throw new ImportRefused(preview, "File tidak dapat diimpor: " + preview.fileProblems().stream()
                    .filter(FileProblem::blocking).findFirst().map(FileProblem::message).orElse(""));
        }
        if (mode == Mode.ALL_OR_NOTHING && preview.rejected() > 0) {
            throw new ImportRefused(preview, preview.rejected() + " baris ditolak; tidak ada yang diimpor. Perbaiki baris "
                    + "tersebut, atau pilih impor baris yang valid saja.");
        }
        if (preview.created() + preview.updated() + preview.unchanged() == 0) {
            throw new ImportRefused(preview, "Tidak ada baris valid untuk diimpor.");
        }
        Instant now = clock.instant();
        long importId = ((Number) em.createNativeQuery("""
                insert into cohort_import (cohort_id, imported_by, file_name, file_hash, mode, rows_read, rows_created,
                  rows_updated, rows_unchanged, rows_rejected, report, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as jsonb), ?12) returning id""")
                .setParameter(1, cohort.id).setParameter(2, actor.userId()).setParameter(3, preview.fileName())
                .setParameter(4, preview.fileHash()).setParameter(5, mode.name()).setParameter(6, preview.rowsRead())
                .setParameter(7, preview.created()).setParameter(8, preview.updated()).setParameter(9, preview.unchanged())
                .setParameter(10, preview.rejected()).setParameter(11, write(storedReport(preview)))
                .setParameter(12, now).getSingleResult()).longValue();
        em.unwrap(Session.class).doWork(c -> write(c, cohort, a, importId, actor.userId(), now));
        if (preview.created() + preview.updated() > 1000) {
            // a big import changes the tables' sizes by orders of magnitude: refresh the planner's statistics now,
            // or the next import's lookups are planned for empty tables (nested loops over sequential scans)
            em.createNativeQuery("analyze participant").executeUpdate();
            em.createNativeQuery("analyze membership").executeUpdate();
        }
        for (Map.Entry<Long, List<String>> e : a.linkedUsers.entrySet()) {
            learning.enrolInPath(e.getKey(), e.getValue());
        }
        return a.report(importId, true, mode);
    }

    /** The history of a cohort's imports, newest first. */
    @Transactional
    public List<ImportHistory> history(String cohortCode, Actor actor) {
        Cohort cohort = cohorts.require(cohortCode, actor, false);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select i.id, i.created_at, u.display_name, i.file_name, i.file_hash, i.mode, i.rows_read, i.rows_created,
                       i.rows_updated, i.rows_unchanged, i.rows_rejected
                from cohort_import i join app_user u on u.id = i.imported_by
                where i.cohort_id = ?1 order by i.created_at desc""").setParameter(1, cohort.id).getResultList();
        return rows.stream().map(r -> new ImportHistory(((Number) r[0]).longValue(), id.gcio.academy.web.Timestamps.of(r[1]),
                (String) r[2], (String) r[3], (String) r[4], Mode.valueOf((String) r[5]), ((Number) r[6]).intValue(),
                ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), ((Number) r[10]).intValue()))
                .toList();
    }

    /** One past import. */
    public record ImportHistory(long id, Instant at, String by, String fileName, String fileHash, Mode mode, int rowsRead,
            int created, int updated, int unchanged, int rejected) {
    }

    /** A stored import's report (rejected and changed rows; unchanged rows are only counted). */
    @Transactional
    public ImportReport storedReportOf(String cohortCode, long importId, Actor actor) {
        Cohort cohort = cohorts.require(cohortCode, actor, false);
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select cast(report as text) from cohort_import where id = ?1 and cohort_id = ?2")
                .setParameter(1, importId).setParameter(2, cohort.id).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("Riwayat impor tidak ditemukan.", "Import record not found.");
        }
        try {
            return json.readValue(rows.get(0), ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps an uploaded file between preview and confirm (in the database, so any instance can confirm it). */
    @Transactional
    public long keepUpload(String cohortCode, String fileName, byte[] bytes, Actor actor) {
        Cohort cohort = cohorts.require(cohortCode, actor, true);
        em.createNativeQuery("delete from import_upload where created_at < ?1").setParameter(1, clock.instant().minusSeconds(86_400))
                .executeUpdate();
        return ((Number) em.createNativeQuery("""
                insert into import_upload (cohort_id, user_id, file_name, file_hash, content, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6) returning id""").setParameter(1, cohort.id).setParameter(2, actor.userId())
                .setParameter(3, safeName(fileName)).setParameter(4, Hashes.sha256Hex(bytes)).setParameter(5, bytes)
                .setParameter(6, clock.instant()).getSingleResult()).longValue();
    }

    /** An upload kept for this user and cohort: file name and bytes. */
    public record Upload(String fileName, byte[] bytes) {
    }

    @Transactional
    public Upload upload(String cohortCode, long uploadId, Actor actor) {
        Cohort cohort = cohorts.require(cohortCode, actor, true);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select file_name, content from import_upload where id = ?1 and cohort_id = ?2 and user_id = ?3")
                .setParameter(1, uploadId).setParameter(2, cohort.id).setParameter(3, actor.userId()).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("File unggahan sudah kedaluwarsa; unggah lagi.",
                    "The uploaded file has expired; upload it again.");
        }
        return new Upload((String) rows.get(0)[0], (byte[]) rows.get(0)[1]);
    }

    @Transactional
    public void dropUpload(long uploadId, Actor actor) {
        em.createNativeQuery("delete from import_upload where id = ?1 and user_id = ?2").setParameter(1, uploadId)
                .setParameter(2, actor.userId()).executeUpdate();
    }

    // ------------------------------------------------------------------ analysis

    /** A validated row with what is stored for its NIP. */
    private record Planned(RowResult result, ParticipantDraft draft, Existing existing, List<String> path,
            Outcome outcome, List<String> changes, Set<Column> present) {
    }

    /**
     * A stored participant, their membership in the cohort, and whether the caller manages them (an admin always; a
     * partner when the participant is a member of one of its organisation's cohorts).
     */
    private record Existing(long id, String fullName, String email, String phone, String opdCode, String positionTitle,
            String legacyEchelon, String positionClass, String employmentType, Long userId, String membershipCourses,
            boolean managed) {
    }

    private final class Analysis {
        final String fileName;
        final String fileHash;
        final RosterTable table;
        final List<Planned> planned = new ArrayList<>();
        final List<RowReport> rows = new ArrayList<>();
        final Map<Long, List<String>> linkedUsers = new HashMap<>();
        final Map<String, Long> usersByNip = new HashMap<>();

        Analysis(String fileName, String fileHash, RosterTable table) {
            this.fileName = fileName;
            this.fileHash = fileHash;
            this.table = table;
        }

        ImportReport report(Long importId, boolean committed, Mode mode) {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int rejected = 0;
            for (RowReport r : rows) {
                switch (r.outcome()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case REJECTED -> rejected++;
                }
            }
            return new ImportReport(importId, null, null, fileName, fileHash, table.format(), committed, mode,
                    table.lines().size(), created, updated, unchanged, rejected, table.problems(), rows);
        }
    }

    private Analysis analyse(Cohort cohort, String fileName, byte[] bytes, Actor actor) {
        Limits limits = new Limits(config.maxBytes(), config.maxRows());
        RosterTable table = RosterFile.read(bytes, fileName, limits);
        Analysis a = new Analysis(safeName(fileName), Hashes.sha256Hex(bytes), table);
        if (!table.readable()) {
            return a;
        }
        OpdIndex opdIndex = cohorts.opdIndex();
        OpdDirectory opds = OpdDirectory.of(opdIndex::resolve, new OpdSuggester(opdList.list().stream()
                .filter(OpdView::active).map(o -> new OpdSuggester.Entry(o.code(), o.name(), o.aliases())).toList()));
        Programme programme = Programme.findById(cohort.programmeId);
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Makassar")));
        List<RowResult> results = new ArrayList<>(table.lines().size());
        for (var line : table.lines()) {
            results.add(RosterRowValidator.validate(line, opds, today));
        }
        results = RosterRowValidator.flagDuplicateNips(results);
        Map<String, Existing> existing = loadExisting(cohort.id, results, actor);
        Set<Column> present = table.columns().keySet();
        for (int index = 0; index < results.size(); index++) {
            RowResult r = results.get(index);
            String typedNip = table.lines().get(index).text(Column.NIP);
            List<RowError> errors = new ArrayList<>(r.errors());
            ParticipantDraft d = r.draft();
            if (d != null && d.nip() == null) {
                errors.add(new RowError(r.rowNumber(), Column.NIP, "NIP_REQUIRED",
                        "Peserta angkatan dicatat dengan NIP; baris ini tidak memiliki NIP."));
            }
            List<String> path = d == null || d.nip() == null ? List.of() : programme.pathFor(d.echelon().positionClass())
                    .map(p -> p.courses()).orElse(null);
            if (d != null && d.nip() != null && path == null) {
                errors.add(new RowError(r.rowNumber(), Column.ECHELON, "NO_PATH",
                        "Program " + programme.code + " tidak memiliki jalur belajar untuk kelas jabatan "
                                + d.echelon().positionClass() + "."));
            }
            if (!errors.isEmpty() || d == null) {
                a.rows.add(new RowReport(r.rowNumber(), r.nip() != null ? r.nip() : typedNip,
                        d == null ? typedName(table.lines().get(index)) : d.fullName(), Outcome.REJECTED, errors, List.of(), null));
                continue;
            }
            Existing e = existing.get(d.nip());
            boolean kept = e != null && !e.managed();
            if (kept && e.membershipCourses() == null && !PersonName.samePerson(e.fullName(), d.fullName())) {
                a.rows.add(new RowReport(r.rowNumber(), d.nip(), d.fullName(), Outcome.REJECTED,
                        List.of(new RowError(r.rowNumber(), Column.NAME, "NAME_MISMATCH", NAME_MISMATCH)), List.of(), null));
                continue;
            }
            List<String> changes = kept ? List.of() : changes(e, d, path, present);
            Outcome outcome = e == null || e.membershipCourses() == null ? Outcome.CREATED
                    : changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED;
            a.planned.add(new Planned(r, d, e, path, outcome, changes, present));
            a.rows.add(new RowReport(r.rowNumber(), d.nip(), d.fullName(), outcome, List.of(), changes,
                    kept ? EXISTING_KEPT : null));
        }
        return a;
    }

    /**
     * What a row changes on a stored participant. Optional columns the file does not have (email, phone, position,
     * employment type) are left as stored; an employment type left empty keeps the stored one.
     */
    private static List<String> changes(Existing e, ParticipantDraft d, List<String> path, Set<Column> present) {
        List<String> changes = new ArrayList<>();
        if (e == null) {
            return changes;
        }
        diff(changes, "nama", e.fullName(), d.fullName());
        if (present.contains(Column.EMAIL)) {
            diff(changes, "email", e.email(), d.email());
        }
        if (present.contains(Column.PHONE)) {
            diff(changes, "no_hp", e.phone(), d.phone());
        }
        diff(changes, "opd", e.opdCode(), d.opdCode());
        if (present.contains(Column.POSITION)) {
            diff(changes, "jabatan", e.positionTitle(), d.positionTitle());
        }
        diff(changes, "eselon", e.legacyEchelon(), d.echelon().legacyEchelon());
        diff(changes, "kelas_jabatan", e.positionClass(), d.echelon().positionClass().name());
        if (d.employmentType() != null) {
            diff(changes, "status_kepegawaian", e.employmentType(), d.employmentType().name());
        }
        if (e.membershipCourses() != null && !CohortService.readList(e.membershipCourses()).equals(path)) {
            changes.add("jalur_belajar");
        }
        return changes;
    }

    private static void diff(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(field + ": " + (before == null ? "–" : before) + " → " + (after == null ? "–" : after));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private Map<String, Existing> loadExisting(long cohortId, List<RowResult> results, Actor actor) {
        Long[] partners = actor.partnerIds().toArray(Long[]::new);
        List<String> nips = results.stream().filter(r -> r.draft() != null && r.draft().nip() != null).map(r -> r.draft().nip()).distinct().toList();
        Map<String, Existing> map = new HashMap<>();
        for (int i = 0; i < nips.size(); i += 5000) {
            List<String> chunk = nips.subList(i, Math.min(nips.size(), i + 5000));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select p.id, p.nip, p.full_name, p.email, p.phone, p.opd_code, p.position_title, p.legacy_echelon,
                           p.position_class, p.employment_type, coalesce(p.user_id, u.id), cast(m.courses as text),
                           (?3 or """ + CohortService.managedByPartnersSql("?4") + """
                           )
                    from participant p
                    left join membership m on m.participant_id = p.id and m.cohort_id = ?2
                    left join app_user u on u.nip = p.nip
                    where p.nip = any(cast(?1 as text[]))""")
                    .setParameter(1, chunk.toArray(String[]::new)).setParameter(2, cohortId).setParameter(3, actor.admin())
                    .setParameter(4, partners).getResultList();
            for (Object[] r : rows) {
                map.put((String) r[1], new Existing(((Number) r[0]).longValue(), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                        r[10] == null ? null : ((Number) r[10]).longValue(), (String) r[11], Boolean.TRUE.equals(r[12])));
            }
        }
        return map;
    }

    // ------------------------------------------------------------------ writing (JDBC batches)

    private void write(Connection c, Cohort cohort, Analysis a, long importId, long userId, Instant now) throws SQLException {
        Timestamp ts = Timestamp.from(now);
        List<Planned> fresh = a.planned.stream().filter(p -> p.existing() == null).toList();
        try (PreparedStatement ins = c.prepareStatement("""
                insert into participant (nip, full_name, email, phone, opd_code, position_title, legacy_echelon,
                  position_class, employment_type, user_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, (select id from app_user where nip = ?), ?, ?)
                on conflict (nip) do nothing""")) {
            int n = 0;
            for (Planned p : fresh) {
                ParticipantDraft d = p.draft();
                ins.setString(1, d.nip());
                ins.setString(2, d.fullName());
                ins.setString(3, d.email());
                ins.setString(4, d.phone());
                ins.setString(5, d.opdCode());
                ins.setString(6, d.positionTitle());
                ins.setString(7, d.echelon().legacyEchelon());
                ins.setString(8, d.echelon().positionClass().name());
                ins.setString(9, d.employmentType() == null ? "PNS" : d.employmentType().name());
                ins.setString(10, d.nip());
                ins.setTimestamp(11, ts);
                ins.setTimestamp(12, ts);
                ins.addBatch();
                if (++n % 1000 == 0) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
        List<Planned> changed = a.planned.stream().filter(p -> p.existing() != null && p.existing().managed() && !p.changes().isEmpty())
                .toList();
        try (PreparedStatement upd = c.prepareStatement("""
                update participant set full_name = ?, email = ?, phone = ?, opd_code = ?, position_title = ?,
                  legacy_echelon = ?, position_class = ?, employment_type = ?, updated_at = ? where id = ?""");
                PreparedStatement log = c.prepareStatement("""
                insert into participant_change (participant_id, import_id, changed_by, field, old_value, new_value, changed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            int n = 0;
            for (Planned p : changed) {
                ParticipantDraft d = p.draft();
                Existing e = p.existing();
                upd.setString(1, d.fullName());
                upd.setString(2, p.present().contains(Column.EMAIL) ? d.email() : e.email());
                upd.setString(3, p.present().contains(Column.PHONE) ? d.phone() : e.phone());
                upd.setString(4, d.opdCode());
                upd.setString(5, p.present().contains(Column.POSITION) ? d.positionTitle() : e.positionTitle());
                upd.setString(6, d.echelon().legacyEchelon());
                upd.setString(7, d.echelon().positionClass().name());
                upd.setString(8, d.employmentType() == null ? e.employmentType() : d.employmentType().name());
                upd.setTimestamp(9, ts);
                upd.setLong(10, e.id());
                upd.addBatch();
                for (String change : p.changes()) {
                    int colon = change.indexOf(": ");
                    int arrow = change.indexOf(" → ");
                    log.setLong(1, e.id());
                    log.setLong(2, importId);
                    log.setLong(3, userId);
                    log.setString(4, colon < 0 ? change : change.substring(0, colon));
                    log.setString(5, colon < 0 || arrow < 0 ? null : truncate(change.substring(colon + 2, arrow)));
                    log.setString(6, arrow < 0 ? null : truncate(change.substring(arrow + 3)));
                    log.setTimestamp(7, ts);
                    log.addBatch();
                }
                if (++n % 1000 == 0) {
                    upd.executeBatch();
                    log.executeBatch();
                }
            }
            upd.executeBatch();
            log.executeBatch();
        }
        // memberships: new ones active; an existing one keeps its status and gets the (re)computed path
        try (PreparedStatement mem = c.prepareStatement("""
                insert into membership (cohort_id, participant_id, status, joined_at, status_changed_at, courses)
                values (?, (select id from participant where nip = ?), 'ACTIVE', ?, ?, cast(? as jsonb))
                on conflict (cohort_id, participant_id) do update set courses = excluded.courses
                where membership.courses <> excluded.courses""")) {
            int n = 0;
            for (Planned p : a.planned) {
                if (p.outcome() == Outcome.UNCHANGED) {
                    continue;
                }
                mem.setLong(1, cohort.id);
                mem.setString(2, p.draft().nip());
                mem.setTimestamp(3, ts);
                mem.setTimestamp(4, ts);
                mem.setString(5, write(p.path()));
                mem.addBatch();
                if (++n % 1000 == 0) {
                    mem.executeBatch();
                }
            }
            mem.executeBatch();
        }
        // participants who already use the academy are enrolled in their path right away
        try (PreparedStatement linked = c.prepareStatement("""
                select p.user_id, cast(m.courses as text) from participant p join membership m on m.participant_id = p.id
                where m.cohort_id = ? and m.status = 'ACTIVE' and p.user_id is not null""")) {
            linked.setLong(1, cohort.id);
            try (ResultSet rs = linked.executeQuery()) {
                while (rs.next()) {
                    a.linkedUsers.put(rs.getLong(1), CohortService.readList(rs.getString(2)));
                }
            }
        }
    }

    private ImportReport storedReport(ImportReport r) {
        List<RowReport> kept = r.rows().stream().filter(x -> x.outcome() != Outcome.UNCHANGED).toList();
        return new ImportReport(r.importId(), null, r.cohort(), r.fileName(), r.fileHash(), r.format(), true, r.mode(),
                r.rowsRead(), r.created(), r.updated(), r.unchanged(), r.rejected(), r.fileProblems(), kept);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    /** The name cell as the file wrote it (spaces collapsed, invisible characters dropped, cut at 200), or null. */
    private static String typedName(RosterLine line) {
        String name = RosterRowValidator.visible(line.text(Column.NAME));
        return name.isEmpty() ? null : name.length() > RosterRowValidator.MAX_NAME
                ? name.substring(0, RosterRowValidator.MAX_NAME) + "…" : name;
    }

    static String safeName(String fileName) {
        String n = fileName == null || fileName.isBlank() ? "roster" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        return n.length() > 255 ? n.substring(0, 255) : n;
    }
}
