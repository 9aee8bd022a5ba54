package id.gcio.academy.quiz;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.quiz.QuestionBankService.GiftRefused;
import id.gcio.academy.quiz.QuestionBankService.ImportPreview;
import id.gcio.academy.quiz.QuestionStatistics.QuizStats;
import id.gcio.academy.quiz.QuizService.AttemptRow;
import id.gcio.academy.quiz.QuizService.OverrideRow;
import id.gcio.academy.quiz.QuizService.QuizInfo;
import id.gcio.academy.reporting.TableExport;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Flash;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The trainer's quiz pages: every quiz, and per quiz the attempts, item statistics, exports, learner overrides and
 * GIFT imports (upload → preview with line-numbered problems → confirm). Trainers and admins only.
 */
@Path("/pelatih/kuis")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PELATIH, Role.ADMIN })
public class TrainerQuizPages {

    /** The largest GIFT file accepted through the page (the preview carries it back in the confirm form). */
    static final int MAX_GIFT_BYTES = 1024 * 1024;

    @Inject
    QuizService quizzes;

    @Inject
    QuestionBankService bank;

    @Inject
    QuizExport export;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "quiz/TrainerQuizPages")
    static class Templates {
        static native TemplateInstance list(List<QuizInfo> quizzes);

        static native TemplateInstance quiz(QuizInfo quiz, List<AttemptRow> attempts, QuizStats stats,
                Map<String, String> titles, List<OverrideRow> overrides, List<QuestionImport> imports,
                Map<String, String> errors, Map<String, String> values);

        static native TemplateInstance preview(QuizInfo quiz, ImportPreview preview, String gift);
    }

    @GET
    public TemplateInstance list() {
        return ui.page(Templates.list(quizzes.listQuizzes()));
    }

    @GET
    @Path("{course}")
    public TemplateInstance quiz(@RestPath String course) {
        return page(course, Map.of(), Map.of());
    }

    @GET
    @Path("{course}/ekspor")
    @Produces({ "text/csv", TableExport.XLSX })
    public Response exportAttempts(@RestPath String course, @RestQuery String format) {
        return export.attempts(course, format, viewer());
    }

    @POST
    @Path("{course}/pengecualian")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response override(@RestPath String course, @RestForm String peserta, @RestForm String tambahanMenit,
            @RestForm String tambahanPercobaan, @RestForm String alasan) {
        Map<String, String> values = Map.of("peserta", nz(peserta), "tambahanMenit", nz(tambahanMenit),
                "tambahanPercobaan", nz(tambahanPercobaan), "alasan", nz(alasan));
        try {
            quizzes.setOverride(course, peserta, parse(tambahanMenit, "tambahanMenit"),
                    parse(tambahanPercobaan, "tambahanPercobaan"), alasan, viewer());
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            return Response.status(422).entity(page(course, e.fieldErrors(), values)).type(MediaType.TEXT_HTML).build();
        }
        return Flash.OVERRIDE_SAVED.redirect("/pelatih/kuis/" + course);
    }

    /** Step 1: upload a GIFT file; nothing is stored, the preview shows what would happen. */
    @POST
    @Path("{course}/impor")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath String course, @RestForm("berkas") FileUpload file) throws IOException {
        if (file == null || file.size() == 0) {
            return Response.status(422).entity(page(course, Map.of("berkas", ui.msg().trainer_gift_missing()), Map.of()))
                    .type(MediaType.TEXT_HTML).build();
        }
        if (file.size() > MAX_GIFT_BYTES) {
            return Response.status(413).entity(page(course, Map.of("berkas", ui.msg().trainer_gift_too_big()), Map.of()))
                    .type(MediaType.TEXT_HTML).build();
        }
        byte[] bytes = Files.readAllBytes(file.uploadedFile());
        ImportPreview preview = bank.preview(course, file.fileName(), bytes);
        QuizInfo info = quizzes.find(course).orElseThrow();
        return Response.ok(ui.page(Templates.preview(info, preview, new String(bytes, StandardCharsets.UTF_8)))).build();
    }

    /** Step 2: confirm the previewed file (sent back as text); imported all or nothing. */
    @POST
    @Path("{course}/impor/konfirmasi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestPath String course, @RestForm String gift, @RestForm String namaBerkas) {
        byte[] bytes = gift == null ? new byte[0] : gift.getBytes(StandardCharsets.UTF_8);
        try {
            bank.importGift(course, namaBerkas, bytes, currentUser.id());
        } catch (GiftRefused e) {
            QuizInfo info = quizzes.find(course).orElseThrow();
            return Response.status(422).entity(ui.page(Templates.preview(info, e.preview(), gift))).type(MediaType.TEXT_HTML).build();
        }
        return Flash.QUESTIONS_IMPORTED.redirect("/pelatih/kuis/" + course);
    }

    private TemplateInstance page(String course, Map<String, String> errors, Map<String, String> values) {
        QuizInfo info = quizzes.find(course)
                .orElseThrow(() -> DomainException.notFound("Kursus ini tidak memiliki kuis.",
                        "This course has no quiz."));
        return ui.page(Templates.quiz(info, quizzes.attemptRows(course, viewer()), quizzes.statistics(course),
                quizzes.questionTitles(course), quizzes.overrides(course, viewer()), bank.imports(course), errors, values));
    }

    private static int parse(String value, String field) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(Map.of(field, "Isi dengan angka bulat."));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private QuizService.Viewer viewer() {
        return new QuizService.Viewer(currentUser.id(), currentUser.hasRole(Role.ADMIN));
    }
}
