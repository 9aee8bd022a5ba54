package id.gcio.academy.quiz;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.quiz.AttemptService.AnswerInput;
import id.gcio.academy.quiz.AttemptViews.AttemptSummary;
import id.gcio.academy.quiz.AttemptViews.AttemptView;
import id.gcio.academy.quiz.AttemptViews.ResultView;
import id.gcio.academy.quiz.AttemptViews.Saved;
import id.gcio.academy.quiz.QuizService.Standing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** A learner's quiz attempts over the API: the same rules as the pages, answers keyed by the ids the attempt shows. */
@Path("/api/v1/quiz-attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
@RolesAllowed({ Role.PESERTA, Role.PELATIH, Role.ADMIN })
public class AttemptResource {

    /** An answer: option ids (as shown in the attempt), true/false, text (short answer, numeric, essay), or matches. */
    public record AnswerBody(@Size(max = 50) List<String> choices, Boolean truth, @Size(max = 20_000) String text,
            @Size(max = 50) Map<Integer, String> matches) {
    }

    @Inject
    AttemptService attempts;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("{id}")
    @Operation(summary = "An attempt in progress: questions without the answer key, saved answers, remaining seconds")
    public AttemptView attempt(@RestPath long id) {
        return attempts.view(currentUser.id(), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/answers/{question}")
    @Operation(summary = "Save one answer (last write wins); refused after the deadline or submission")
    public Saved save(@RestPath long id, @RestPath String question, @Valid AnswerBody body) {
        AnswerBody b = body == null ? new AnswerBody(null, null, null, null) : body;
        return attempts.save(currentUser.id(), id, question, new AnswerInput(b.choices(), b.truth(), b.text(), b.matches()));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit and grade; submitting again returns the same result")
    public AttemptSummary submit(@RestPath long id) {
        return attempts.submit(currentUser.id(), id);
    }

    @GET
    @Path("{id}/result")
    @Operation(summary = "The result of a finished attempt, with answers and feedback as the review policy allows")
    public ResultView result(@RestPath long id) {
        return attempts.result(currentUser.id(), id);
    }
}
