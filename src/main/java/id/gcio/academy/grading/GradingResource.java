package id.gcio.academy.grading;

import id.gcio.academy.grading.GradingService.AssignmentView;
import id.gcio.academy.grading.GradingService.GradingView;
import id.gcio.academy.grading.GradingService.MarkForm;
import id.gcio.academy.grading.GradingService.QueueFilter;
import id.gcio.academy.grading.GradingService.QueueRow;
import id.gcio.academy.grading.GradingService.SubmissionView;
import id.gcio.academy.grading.GradingService.UploadedFile;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Assignments and grading over the API: learners read assignments and submit (multipart: {@code body} and
 * {@code files}); trainers read their queue, claim, mark with the rubric; files are served to their owner and the
 * trainers of the submission's cohort.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments and grading")
@Authenticated
public class GradingResource {

    @Inject
    GradingService grading;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/assignments")
    @Operation(summary = "The caller's assignments (those of their programmes' paths), with their submissions")
    public List<AssignmentView> mine() {
        return grading.forLearner(currentUser.id());
    }

    @GET
    @Path("/assignments/{code}")
    @Operation(summary = "An assignment with the caller's own submission, versions and (once final) grade and feedback")
    public AssignmentView assignment(@RestPath String code) {
        return grading.assignment(currentUser.id(), code, "id");
    }

    /** A new version over the API: Markdown text and files as base64. */
    public record SubmissionBody(String body, List<FileBody> files) {
    }

    /** An attached file: its name and its bytes in base64. */
    public record FileBody(String name, String contentBase64) {
    }

    @POST
    @Path("/assignments/{code}/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a new version: Markdown text and up to the allowed number of files (PDF, DOCX, XLSX, PNG, JPEG; base64)")
    public Response submit(@RestPath String code, SubmissionBody body) {
        java.util.List<UploadedFile> uploads = new java.util.ArrayList<>();
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (body != null && body.files() != null) {
            for (FileBody f : body.files()) {
                if (f == null || f.name() == null || f.contentBase64() == null) {
                    // refused by the service with the other checks ("files": every file needs a name and content)
                    uploads.add(f == null ? null : new UploadedFile(f.name(), null, null));
                    continue;
                }
                try {
                    uploads.add(new UploadedFile(f.name(), null, java.util.Base64.getMimeDecoder().decode(f.contentBase64())));
                } catch (IllegalArgumentException e) {
                    errors.put("files", "Isi berkas " + f.name() + " bukan base64 yang sah.");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw id.gcio.academy.web.DomainException.invalid(errors);
        }
        SubmissionView v = grading.submit(currentUser.id(), code, body == null ? null : body.body(), uploads);
        return Response.status(201).entity(v).build();
    }

    @GET
    @Path("/submission-files/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A submitted file (its owner, or a trainer of its cohort)")
    public Response file(@RestPath long id) {
        GradingService.FileContent f = grading.file(id, currentUser.id(), graderIfAny());
        return download(f);
    }

    @GET
    @Path("/grading/queue")
    @RolesAllowed({ Role.PELATIH, Role.ADMIN })
    @Operation(summary = "Submissions and quiz essays waiting for grading in the caller's cohorts, oldest first; filters: cohort code, assignment code, state, course slug")
    public List<QueueRow> queue(@RestQuery String cohort, @RestQuery String assignment, @RestQuery String state,
            @RestQuery String course) {
        return grading.queue(grading.grader(currentUser), new QueueFilter(cohort, assignment, state, course));
    }

    @GET
    @Path("/submissions/{id}")
    @RolesAllowed({ Role.PELATIH, Role.ADMIN })
    @Operation(summary = "A submission as its grader sees it: versions, rubric, marks, claim, audit")
    public GradingView submission(@RestPath long id) {
        return grading.forGrader(grading.grader(currentUser), id);
    }

    @POST
    @Path("/submissions/{id}/claim")
    @RolesAllowed({ Role.PELATIH, Role.ADMIN })
    @Operation(summary = "Claim a submission for grading (409 while another trainer holds it)")
    public GradingView claim(@RestPath long id) {
        return grading.claim(grading.grader(currentUser), id);
    }

    @POST
    @Path("/submissions/{id}/release")
    @RolesAllowed({ Role.PELATIH, Role.ADMIN })
    @Operation(summary = "Give a claimed submission back to the queue")
    public Response release(@RestPath long id) {
        grading.release(grading.grader(currentUser), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/submissions/{id}/marks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.PELATIH, Role.ADMIN })
    @Operation(summary = "Grade with the rubric or return for revision (decision GRADED or RETURNED); a change of a final grade needs a reason")
    public GradingView mark(@RestPath long id, MarkForm form) {
        return grading.mark(grading.grader(currentUser), id, form == null ? new MarkForm(null, null, null, null, null, null) : form);
    }

    /** An essay grade. */
    public record EssayGrade(Double points, String feedback) {
    }

    @GET
    @Path("/essays/{attemptId}/{questionId}")
    @RolesAllowed({ Role.PELATIH, Role.ADMIN })
    @Operation(summary = "An essay answer from a quiz, waiting for (or after) grading")
    public GradingService.EssayView essay(@RestPath long attemptId, @RestPath long questionId) {
        return grading.essay(grading.grader(currentUser), attemptId, questionId);
    }

    @POST
    @Path("/essays/{attemptId}/{questionId}/claim")
    @RolesAllowed({ Role.PELATIH, Role.ADMIN })
    @Operation(summary = "Claim an essay answer for grading (409 while another trainer holds it)")
    public GradingService.EssayView claimEssay(@RestPath long attemptId, @RestPath long questionId) {
        return grading.claimEssay(grading.grader(currentUser), attemptId, questionId);
    }

    @POST
    @Path("/essays/{attemptId}/{questionId}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.PELATIH, Role.ADMIN })
    @Operation(summary = "Score an essay answer (0 to the question's points) with feedback; the attempt is graded when its last essay is")
    public GradingService.EssayView gradeEssay(@RestPath long attemptId, @RestPath long questionId, EssayGrade body) {
        return grading.gradeEssay(grading.grader(currentUser), attemptId, questionId,
                body == null ? null : body.points(), body == null ? null : body.feedback());
    }

    private Optional<GradingService.Grader> graderIfAny() {
        return currentUser.hasRole(Role.PELATIH) || currentUser.hasRole(Role.ADMIN)
                ? Optional.of(grading.grader(currentUser)) : Optional.empty();
    }

    static Response download(GradingService.FileContent f) {
        return Response.ok(f.content(), f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + f.fileName().replace("\"", "") + "\"")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
