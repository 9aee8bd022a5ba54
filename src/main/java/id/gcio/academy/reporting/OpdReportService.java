package id.gcio.academy.reporting;

import id.gcio.academy.reporting.TableExport.Table;
import id.gcio.academy.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The province's view across cohorts, per OPD: how many of its people are in the academy, by position level, how many
 * finished their learning path and how many hold a valid certificate; OPDs that sent no one are listed too (read-only,
 * straight from the tables, as {@code reporting/} may).
 */
@ApplicationScoped
public class OpdReportService {

    /** The filter: a programme code and a cohort year, each optional (blank or null is "all"). */
    public record Filter(String programme, Integer year) {

        public static Filter of(String programme, String year) {
            String p = programme == null || programme.isBlank() ? null : programme.trim().toUpperCase(Locale.ROOT);
            Integer y = null;
            if (year != null && !year.isBlank()) {
                if (!year.trim().matches("\\d{4}")) {
                    throw DomainException.invalid(Map.of("year", "Tahun angkatan: empat angka, misalnya 2026."));
                }
                y = Integer.valueOf(year.trim());
            }
            return new Filter(p, y);
        }
    }

    /**
     * One OPD's figures; a person in several matching cohorts counts once. {@code leaders}: JPT (the heads of OPD and
     * other echelon I–II posts); {@code supervisors}: administrator and pengawas (echelon III–IV); {@code others}:
     * functional, implementing and non-ASN staff. {@code pathCompleted}: people who completed every course of the
     * learning path of at least one matching cohort. {@code certified}: people with a valid, unexpired certificate from
     * a matching cohort.
     */
    public record OpdRow(String opdCode, String opdName, long participants, long leaders, long supervisors, long others,
            long pathCompleted, long certified) {
    }

    /** The report: rows by OPD name, the province's total, and the choices the filter offers. */
    public record OpdReport(Filter filter, List<OpdRow> rows, OpdRow total, List<String> programmes, List<Integer> years) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public OpdReport opdReport(Filter filter) {
        @SuppressWarnings("unchecked")
        List<String> programmes = em.createNativeQuery("select code from programme where archived_at is null order by code")
                .getResultList();
        if (filter.programme() != null && !programmes.contains(filter.programme())) {
            throw DomainException.invalid(Map.of("programme", "Program " + filter.programme() + " tidak dikenal."));
        }
        @SuppressWarnings("unchecked")
        List<Integer> years = ((List<Number>) em.createNativeQuery("select distinct year from cohort order by year desc")
                .getResultList()).stream().map(Number::intValue).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> raw = em.createNativeQuery("""
                with m as (
                    select m.participant_id, m.courses, m.cohort_id, p.opd_code, p.position_class, p.user_id
                    from membership m
                    join cohort c on c.id = m.cohort_id
                    join programme pr on pr.id = c.programme_id
                    join participant p on p.id = m.participant_id
                    where c.status <> 'CANCELLED' and (cast(?1 as text) is null or pr.code = ?1)
                      and (cast(?2 as integer) is null or c.year = ?2)
                ),
                done as (
                    select m.participant_id from m
                    where m.user_id is not null and jsonb_array_length(m.courses) > 0
                      and jsonb_array_length(m.courses) = (
                          select count(*) from enrolment e join course co on co.id = e.course_id
                          where e.user_id = m.user_id and e.completed_at is not null
                            and co.slug in (select jsonb_array_elements_text(m.courses)))
                ),
                certified as (
                    select distinct ce.participant_id from certificate ce
                    where ce.status = 'VALID' and (ce.expires_on is null or ce.expires_on >= ?3)
                      and exists (select 1 from m where m.cohort_id = ce.cohort_id and m.participant_id = ce.participant_id)
                )
                select o.code, o.name,
                       count(distinct m.participant_id),
                       count(distinct m.participant_id) filter (where m.position_class like 'JPT%'),
                       count(distinct m.participant_id) filter (where m.position_class in ('ADMINISTRATOR', 'PENGAWAS')),
                       count(distinct m.participant_id) filter (where m.position_class not like 'JPT%'
                                                                 and m.position_class not in ('ADMINISTRATOR', 'PENGAWAS')),
                       count(distinct m.participant_id) filter (where m.participant_id in (select participant_id from done)),
                       count(distinct m.participant_id) filter (where m.participant_id in (select participant_id from certified))
                from opd o
                left join m on m.opd_code = o.code
                group by o.code, o.name, o.active
                having o.active or count(m.participant_id) > 0
                order by o.name, o.code""")
                .setParameter(1, filter.programme()).setParameter(2, filter.year())
                .setParameter(3, LocalDate.now(clock.withZone(TableExport.ZONE)))
                .getResultList();
        List<OpdRow> rows = new ArrayList<>(raw.size());
        long[] sum = new long[6];
        for (Object[] r : raw) {
            long[] n = new long[6];
            for (int i = 0; i < 6; i++) {
                n[i] = ((Number) r[i + 2]).longValue();
                sum[i] += n[i];
            }
            rows.add(new OpdRow((String) r[0], (String) r[1], n[0], n[1], n[2], n[3], n[4], n[5]));
        }
        OpdRow total = new OpdRow(null, "Total", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]);
        return new OpdReport(filter, rows, total, programmes, years);
    }

    /** The report as a table for CSV/XLSX, the total as the last row. */
    public Table table(OpdReport report) {
        List<List<Object>> data = new ArrayList<>();
        for (OpdRow r : report.rows()) {
            data.add(line(r.opdCode(), r));
        }
        data.add(line("", report.total()));
        return new Table(List.of("Kode OPD", "OPD", "Peserta", "JPT (Eselon I–II)", "Administrator & Pengawas (Eselon III–IV)",
                "Fungsional, pelaksana & lainnya", "Menyelesaikan jalur belajar", "Bersertifikat sah"), data);
    }

    private static List<Object> line(String code, OpdRow r) {
        return List.of(code, r.opdName(), r.participants(), r.leaders(), r.supervisors(), r.others(), r.pathCompleted(),
                r.certified());
    }
}
