package id.gcio.academy.quiz;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.quiz.AttemptService.AnswerInput;
import id.gcio.academy.quiz.AttemptViews.AttemptSummary;
import id.gcio.academy.quiz.AttemptViews.AttemptView;
import id.gcio.academy.quiz.AttemptViews.QuestionView;
import id.gcio.academy.quiz.AttemptViews.ResultView;
import id.gcio.academy.quiz.AttemptViews.Saved;
import id.gcio.academy.quiz.QuizService.Standing;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Flash;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The learner's quiz pages: the quiz's intro, one question per page (works without JavaScript; quiz.js saves in the
 * background), the summary with the submit button, and the result. Answers are saved on the server at every step.
 */
@Path("/belajar")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class QuizPages {

    @Inject
    QuizService quizzes;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "quiz/QuizPages")
    static class Templates {
        static native TemplateInstance quiz(Standing standing);

        static native TemplateInstance question(AttemptView attempt, QuestionView question, String error);

        static native TemplateInstance summary(AttemptView attempt);

        static native TemplateInstance result(ResultView result);
    }

    @GET
    @Path("kursus/{course}/kuis")
    public TemplateInstance quiz(@RestPath String course) {
        return ui.page(Templates.quiz(quizzes.standing(currentUser.id(), course)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("kursus/{course}/kuis/mulai")
    @RolesAllowed({ Role.PESERTA, Role.PELATIH, Role.ADMIN })
    public Response start(@RestPath String course) {
        AttemptSummary a = attempts.start(currentUser.id(), course);
        return Response.seeOther(URI.create(attemptPath(a.id()))).build();
    }

    @GET
    @Path("kuis/percobaan/{id}")
    public Response question(@RestPath long id, @RestQuery("no") Integer no) {
        AttemptView view = attempts.view(currentUser.id(), id);
        if (!view.attempt().inProgress()) {
            return Response.seeOther(URI.create(attemptPath(id) + "/hasil")).build();
        }
        return Response.ok(ui.page(Templates.question(view, pick(view, no), null))).build();
    }

    /**
     * Saves the answer on the page, then goes where the button said. Called by quiz.js too (Accept: JSON), which gets
     * the confirmation instead of a redirect.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("kuis/percobaan/{id}/jawaban")
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    public Response save(@RestPath long id, MultivaluedMap<String, String> form, @HeaderParam("Accept") String accept) {
        boolean json = accept != null && accept.startsWith(MediaType.APPLICATION_JSON);
        String ref = form.getFirst("soal");
        int no = parseInt(form.getFirst("no"), 1);
        String action = form.getFirst("aksi") == null ? "simpan" : form.getFirst("aksi");
        Saved saved;
        try {
            saved = attempts.save(currentUser.id(), id, ref, input(form));
        } catch (DomainException e) {
            if (json || e.status() == 404) {
                throw e;
            }
            if (e.status() == 409) {
                // too late (DEADLINE_PASSED) or already closed (NOT_IN_PROGRESS): the attempt's page shows the result,
                // and says that this last answer was not saved
                Flash why = AttemptState.Refusal.DEADLINE_PASSED.name().equals(e.code()) ? Flash.ANSWER_TOO_LATE
                        : Flash.ANSWER_ATTEMPT_CLOSED;
                return why.redirect(attemptPath(id));
            }
            AttemptView view = attempts.view(currentUser.id(), id);
            String refusal = e.messageIn(ui.lang());
            return Response.status(e.status()).entity(ui.page(Templates.question(view, pick(view, no), refusal)))
                    .type(MediaType.TEXT_HTML).build();
        }
        if (json) {
            return Response.ok(Map.of("saved", true, "question", saved.question(), "revision", saved.revision(),
                    "savedAt", saved.savedAt().toString(), "savedAtText", QuizService.time(saved.savedAt()),
                    "remainingSeconds", saved.remainingSeconds() == null ? "" : saved.remainingSeconds()))
                    .type(MediaType.APPLICATION_JSON).build();
        }
        String target = switch (action) {
            case "sebelumnya" -> attemptPath(id) + "?no=" + Math.max(1, no - 1);
            case "berikutnya" -> attemptPath(id) + "?no=" + (no + 1);
            case "ringkasan" -> attemptPath(id) + "/ringkasan";
            default -> attemptPath(id) + "?no=" + no;
        };
        return Flash.ANSWER_SAVED.redirect(target);
    }

    @GET
    @Path("kuis/percobaan/{id}/ringkasan")
    public Response summary(@RestPath long id) {
        AttemptView view = attempts.view(currentUser.id(), id);
        if (!view.attempt().inProgress()) {
            return Response.seeOther(URI.create(attemptPath(id) + "/hasil")).build();
        }
        return Response.ok(ui.page(Templates.summary(view))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("kuis/percobaan/{id}/kumpulkan")
    public Response submit(@RestPath long id) {
        attempts.submit(currentUser.id(), id);
        return Flash.QUIZ_SUBMITTED.redirect(attemptPath(id) + "/hasil");
    }

    @GET
    @Path("kuis/percobaan/{id}/hasil")
    public TemplateInstance result(@RestPath long id) {
        return ui.page(Templates.result(attempts.result(currentUser.id(), id)));
    }

    /** The page's answer fields: {@code pilihan} (options), {@code benar}, {@code teks}, {@code cocok.N}. */
    static AnswerInput input(MultivaluedMap<String, String> form) {
        List<String> choices = form.get("pilihan") == null ? List.of() : form.get("pilihan");
        String truth = form.getFirst("benar");
        Map<Integer, String> matches = new HashMap<>();
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            if (e.getKey().startsWith("cocok.") && !e.getValue().isEmpty()) {
                int i = parseInt(e.getKey().substring(6), -1);
                if (i < 0) {
                    throw new DomainException(422, "INVALID_ANSWER", "Kolom jawaban tidak dikenal.", null);
                }
                matches.put(i, e.getValue().get(0));
            }
        }
        return new AnswerInput(choices, truth == null || truth.isBlank() ? null : Boolean.valueOf("true".equals(truth)),
                form.getFirst("teks"), matches);
    }

    private static QuestionView pick(AttemptView view, Integer no) {
        int n = no == null ? firstUnanswered(view) : Math.max(1, Math.min(no, view.questions().size()));
        return view.questions().get(n - 1);
    }

    private static int firstUnanswered(AttemptView view) {
        return view.questions().stream().filter(q -> !q.answered()).mapToInt(QuestionView::number).findFirst().orElse(1);
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String attemptPath(long id) {
        return "/belajar/kuis/percobaan/" + id;
    }
}
