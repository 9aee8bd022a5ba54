package id.gcio.academy.learning;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.learning.LearningService.Progress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The caller's own enrolments and progress. There is no user parameter: nobody writes someone else's progress. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.PESERTA, Role.PELATIH, Role.ADMIN })
@Tag(name = "Learning")
@SecurityRequirement(name = "SecurityScheme")
public class EnrolmentResource {

    /** Body of a self-enrolment. */
    public record EnrolRequest(@NotBlank(message = "courseSlug wajib diisi.") String courseSlug) {
    }

    /** Progress in one course; with a quiz, the course completes only once the quiz is passed. */
    public record ProgressView(String courseSlug, boolean enrolled, Instant enrolledAt, int lessonsDone,
            int lessonsTotal, int percent, Instant completedAt, boolean quizRequired, boolean quizPassed) {
        static ProgressView of(Progress p) {
            return new ProgressView(p.courseSlug(), p.enrolled(), p.enrolledAt(), p.lessonsDone(), p.lessonsTotal(),
                    p.percent(), p.completedAt(), p.quizRequired(), p.quizPassed());
        }
    }

    @Inject
    LearningService learning;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("enrolments")
    @Operation(summary = "My enrolments with progress")
    public List<ProgressView> enrolments(@RestQuery @DefaultValue("id") String lang) {
        return learning.dashboard(currentUser.id(), lang).stream().map(e -> ProgressView.of(e.progress())).toList();
    }

    @POST
    @Path("enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol myself in a course (idempotent)")
    public ProgressView enrol(@Valid @NotNull(message = "Badan permintaan wajib diisi.") EnrolRequest request) {
        return ProgressView.of(learning.enrol(currentUser.id(), request.courseSlug()));
    }

    @PUT
    @Path("progress/{course}/{lesson}")
    @Operation(summary = "Mark a lesson of a course as done (idempotent)")
    public ProgressView markDone(@RestPath String course, @RestPath String lesson) {
        return ProgressView.of(learning.markDone(currentUser.id(), course, lesson).progress());
    }
}
