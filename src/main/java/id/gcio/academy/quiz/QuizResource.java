package id.gcio.academy.quiz;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.quiz.AttemptViews.AttemptSummary;
import id.gcio.academy.quiz.QuestionBankService.GiftRefused;
import id.gcio.academy.quiz.QuestionBankService.ImportPreview;
import id.gcio.academy.quiz.QuestionStatistics.QuizStats;
import id.gcio.academy.quiz.QuizService.AttemptRow;
import id.gcio.academy.quiz.QuizService.OverrideRow;
import id.gcio.academy.quiz.QuizService.Standing;
import id.gcio.academy.web.Problem;
import id.gcio.academy.web.QueryFlag;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A course's quiz over the API: learners see their standing and start attempts (answers go to
 * {@link AttemptResource}); trainers and admins list attempts, item statistics, exports, overrides and GIFT imports.
 */
@Path("/api/v1/courses/{course}/quiz")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
@RolesAllowed({ Role.PELATIH, Role.ADMIN })
public class QuizResource {

    /** Extra time and attempts for one learner, found by NIP or e-mail. */
    public record OverrideBody(@NotBlank String learner, int extraMinutes, int extraAttempts,
            @NotBlank @Size(max = 500) String reason) {
    }

    @Inject
    QuizService quizzes;

    @Inject
    AttemptService attempts;

    @Inject
    QuestionBankService bank;

    @Inject
    QuizExport export;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Role.PESERTA, Role.PELATIH, Role.ADMIN })
    @Operation(summary = "The course's quiz and the caller's standing (attempts, final score, passed)")
    public Standing standing(@RestPath String course) {
        return quizzes.standing(currentUser.id(), course);
    }

    @POST
    @Path("attempts")
    @RolesAllowed({ Role.PESERTA, Role.PELATIH, Role.ADMIN })
    @Operation(summary = "Start an attempt (201), or resume the one in progress (200)")
    public Response start(@RestPath String course) {
        AttemptService.Start started = attempts.startOrResume(currentUser.id(), course);
        AttemptSummary a = started.attempt();
        return (started.resumed() ? Response.ok(a)
                : Response.created(URI.create("/api/v1/quiz-attempts/" + a.id())).entity(a)).build();
    }

    @GET
    @Path("attempts")
    @Operation(summary = "Every attempt at the quiz, newest first, with scores")
    public List<AttemptRow> attempts(@RestPath String course) {
        return quizzes.attemptRows(course, viewer());
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Facility index and discrimination per question over graded attempts")
    public QuizStats statistics(@RestPath String course) {
        return quizzes.statistics(course);
    }

    @GET
    @Path("attempts/export")
    @Produces({ "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    @Operation(summary = "Attempts as CSV or XLSX (format=csv|xlsx), safe to open in a spreadsheet")
    public Response exportAttempts(@RestPath String course, @RestQuery String format) {
        return export.attempts(course, format, viewer());
    }

    @GET
    @Path("overrides")
    public List<OverrideRow> overrides(@RestPath String course) {
        return quizzes.overrides(course, viewer());
    }

    @PUT
    @Path("overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a learner extra minutes (for new attempts) and/or extra attempts, with a reason")
    public OverrideRow setOverride(@RestPath String course, @Valid @NotNull OverrideBody body) {
        return quizzes.setOverride(course, body.learner(), body.extraMinutes(), body.extraAttempts(), body.reason(),
                viewer());
    }

    @POST
    @Path("questions/imports")
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Import a GIFT file into the quiz's bank; dryRun=true only previews. All or nothing.")
    public Response importGift(@RestPath String course, @Context UriInfo uri,
            @HeaderParam("X-File-Name") String fileName, byte[] body) {
        if (QueryFlag.read(uri, "dryRun")) {
            return Response.ok(bank.preview(course, fileName, body == null ? new byte[0] : body)).build();
        }
        ImportPreview done = bank.importGift(course, fileName, body == null ? new byte[0] : body, currentUser.id());
        return Response.status(201).entity(done).build();
    }

    /** A refused GIFT file: a problem body listing every problem by line. */
    @ServerExceptionMapper
    public Response refused(GiftRefused e, HttpServerRequest request) {
        Problem p = Problem.of(422, e.code(), "Unprocessable Content", e.getMessage(), request.path())
                .withErrors(e.preview().problems().stream()
                        .map(g -> new Problem.FieldError("baris " + g.line(), g.message())).toList());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private QuizService.Viewer viewer() {
        return new QuizService.Viewer(currentUser.id(), currentUser.hasRole(Role.ADMIN));
    }
}
