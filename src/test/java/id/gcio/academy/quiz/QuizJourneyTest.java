package id.gcio.academy.quiz;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.gcio.academy.support.Browser;
import id.gcio.academy.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The "done when", in Chromium at 360 px: a trainer imports a GIFT file exported from Moodle; a learner takes
 * the timed quiz, reloads mid-attempt, loses the connection and comes back, submits and sees the result; the course
 * shows complete only after the pass.
 */
@QuarkusTest
class QuizJourneyTest {

    static final String LEARNER = "kuisbrowser";

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Test
    void aTrainerImportsFromMoodleAndALearnerPassesTheQuizOnAPhone() {
        QuizFixture f = new QuizFixture(em);
        f.reset(LEARNER);
        try (Browser browser = Browser.launch()) {
            trainerImportsAMoodleExport(browser);

            // the learner has read every lesson (through the API, to keep the journey about the quiz)
            String token = Tokens.bearer(LEARNER);
            List<String> lessons = given().header("Authorization", token).get("/api/v1/courses/" + QuizFixture.COURSE)
                    .then().statusCode(200).extract().path("lessons.slug");
            lessons.forEach(l -> given().header("Authorization", token)
                    .put("/api/v1/me/progress/" + QuizFixture.COURSE + "/" + l).then().statusCode(200));

            try (BrowserContext context = browser.phone()) {
                Page page = context.newPage();
                Browser.signIn(page, base, LEARNER);
                page.navigate(base + "kursus/" + QuizFixture.COURSE);
                assertThat(page.locator(".quiz-status")).containsText("kuis lulus");
                assertThat(page.locator(".progress-box")).not().containsText("Kursus selesai pada");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buka kuis")).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mulai kuis")).click();

                page.waitForURL("**/belajar/kuis/percobaan/*");
                long attemptId = Long.parseLong(page.url().replaceAll(".*/percobaan/(\\d+).*", "$1"));
                long seed = f.seed(attemptId);
                assertThat(page.locator(".quiz-timer-value")).containsText(":");
                assertTrue((int) page.evaluate("document.documentElement.scrollWidth") <= 360, "no sideways scrolling");

                for (int no = 1; no <= 10; no++) {
                    assertThat(page.locator(".quiz-number")).containsText("Soal " + no + " dari 10");
                    String ref = page.locator("input[name='soal']").inputValue();
                    if (no == 3) {
                        // the connection drops while answering: the answer waits on the phone, then goes out
                        context.setOffline(true);
                        answer(page, f.rightAnswer(seed, ref));
                        assertThat(page.locator("#quiz-save-status")).containsText("koneksi terputus");
                        context.setOffline(false);
                        page.evaluate("window.dispatchEvent(new Event('online'))");
                        assertThat(page.locator("#quiz-save-status")).containsText("Tersimpan");
                    } else {
                        answer(page, f.rightAnswer(seed, ref));
                        assertThat(page.locator("#quiz-save-status")).containsText("Tersimpan");
                    }
                    if (no == 2) {
                        // a reload mid-attempt shows the saved answer again
                        page.reload();
                        assertThat(page.locator(".quiz-number")).containsText("Soal 2 dari 10");
                        assertThat(page.locator(".quiz-index a.answered")).hasCount(2);
                    }
                    if (no < 10) {
                        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Berikutnya →")).click();
                        page.waitForURL("**?no=" + (no + 1));
                    }
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ringkasan & kumpulkan")).click();
                page.waitForURL("**/ringkasan");
                assertThat(page.locator("main")).containsText("10 dari 10 soal terjawab");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kumpulkan sekarang")).click();
                page.waitForURL("**/hasil");
                assertThat(page.locator(".quiz-score")).containsText("(100 %)");
                assertThat(page.locator(".quiz-pass")).containsText("Lulus");
                // the shipped quizzes keep the key until the last attempt (review: after-close)
                assertThat(page.locator(".quiz-review li")).hasCount(0);
                assertThat(page.locator("main")).containsText("Kunci jawaban dan pembahasan ditampilkan setelah semua kesempatan Anda terpakai");
                // passed: no "Coba lagi", a way on to the course instead
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coba lagi"))).hasCount(0);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ke halaman kursus")).click();
                page.waitForURL("**/kursus/" + QuizFixture.COURSE);
                assertThat(page.locator(".quiz-status")).containsText("Kuis: lulus");
                assertThat(page.locator(".progress-box")).containsText("Kursus selesai pada");
            }
        }
        assertEquals(10L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from attempt_answer a join quiz_attempt t on t.id = a.attempt_id "
                        + "join app_user u on u.id = t.user_id where u.subject = ?1 and a.status = 'CORRECT'")
                .setParameter(1, LEARNER).getSingleResult()).longValue()));
    }

    private void trainerImportsAMoodleExport(Browser browser) {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            Browser.signIn(page, base, "pelatih");
            Browser.menuLink(page, "Kuis").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kuis Kepemimpinan Digital")).click();
            page.locator("#berkas").setInputFiles(new FilePayload("ekspor-moodle.gift", "text/plain",
                    TrainerQuizTest.MOODLE_EXPORT.replace("imp-", "jalur-").getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pratinjau")).click();
            assertThat(page.locator("h1")).containsText("ekspor-moodle.gift");
            assertThat(page.locator(".gift-preview li")).hasCount(3);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Impor 3 soal")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Soal berhasil diimpor");
            assertThat(page.locator("main")).containsText("ekspor-moodle.gift");
        }
    }

    @SuppressWarnings("unchecked")
    private static void answer(Page page, Map<String, Object> answer) {
        if (answer.containsKey("choices")) {
            for (String id : (List<String>) answer.get("choices")) {
                page.locator("input[name='pilihan'][value='" + id + "']").check();
            }
        }
        if (answer.containsKey("truth")) {
            page.locator("input[name='benar'][value='" + answer.get("truth") + "']").check();
        }
        if (answer.containsKey("text")) {
            page.locator("#teks").fill(String.valueOf(answer.get("text")));
            page.locator("#teks").dispatchEvent("change");
        }
        if (answer.containsKey("matches")) {
            ((Map<String, String>) answer.get("matches")).forEach((i, v) ->
                    page.locator("select[name='cocok." + i + "']").selectOption(v));
        }
    }
}
