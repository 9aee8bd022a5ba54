package id.gcio.academy.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.gcio.academy.grading.GradingContent.Criterion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A rubric as stored: rows written before rubric texts had English still read, in Bahasa Indonesia. */
@QuarkusTest
class RubricTest {

    static final String CODE = "RUBRIK-TANPA-EN-UJI";

    @Inject
    EntityManager em;

    @AfterEach
    void tearDown() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from rubric where code = ?1")
                .setParameter(1, CODE).executeUpdate());
    }

    private void store(String criteriaJson) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into rubric (code, title_id, title_en, "
                + "criteria, max_points, source_path, content_hash, updated_at) values (?1, 'Rubrik', 'Rubric', cast(?2 as jsonb), "
                + "10, 'rubrics/x.yaml', 'x', now())").setParameter(1, CODE).setParameter(2, criteriaJson).executeUpdate());
    }

    @Test
    void aRubricStoredBeforeEnglishTextsReadsInIndonesianInEnglish() {
        store("[{\"code\":\"ISI\",\"title\":{\"id\":\"Isi\",\"en\":\"Content\"},\"description\":\"Kelengkapan isi.\","
                + "\"levels\":[{\"points\":0,\"title\":\"Belum memadai\",\"description\":\"Tidak ada isi.\"},"
                + "{\"points\":10,\"title\":\"Baik\",\"description\":\"Semua bagian ada.\"}]}]");
        Criterion c = QuarkusTransaction.requiringNew().call(() -> Rubric.findByCode(CODE).orElseThrow().criteria.get(0));
        assertEquals("Kelengkapan isi.", c.descriptionIn("en"));
        assertEquals("Baik", c.levels().get(1).titleIn("en"));
        assertEquals("Semua bagian ada.", c.levels().get(1).descriptionIn("en"));
    }

    @Test
    void aRubricStoredByALaterVersionWithMoreFieldsStillReads() {
        // during a rolling deploy or after a rollback, rows written by newer code must not stop older code's pages
        store("[{\"code\":\"ISI\",\"title\":{\"id\":\"Isi\",\"en\":\"Content\",\"ms\":\"Kandungan\"},"
                + "\"description\":\"Kelengkapan isi.\",\"weight\":2,"
                + "\"levels\":[{\"points\":10,\"title\":\"Baik\",\"description\":\"Semua bagian ada.\",\"icon\":\"ok\"}]}]");
        Criterion c = QuarkusTransaction.requiringNew().call(() -> Rubric.findByCode(CODE).orElseThrow().criteria.get(0));
        assertEquals("Content", c.title().en());
        assertEquals("Baik", c.levels().get(0).titleIn("id"));
    }
}
