package id.gcio.academy.grading;

import id.gcio.academy.grading.GradingService.AssignmentView;
import id.gcio.academy.grading.GradingService.UploadedFile;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Flash;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The learner's assignments: the brief and rubric, the submission form (text and files), versions, grade and feedback. */
@Path("/tugas")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class GradingPages {

    @Inject
    GradingService grading;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "grading/GradingPages")
    static class Templates {
        static native TemplateInstance list(List<AssignmentView> assignments);

        static native TemplateInstance assignment(AssignmentView a, Map<String, String> errors, String body);
    }

    @GET
    public TemplateInstance list() {
        return ui.page(Templates.list(grading.forLearner(currentUser.id(), ui.lang())));
    }

    @GET
    @Path("{code}")
    public TemplateInstance assignment(@RestPath String code) {
        AssignmentView a = grading.assignment(currentUser.id(), code, ui.lang());
        String draft = a.submission() != null && a.submission().latest() != null ? a.submission().latest().bodyMarkdown() : "";
        return ui.page(Templates.assignment(a, Map.of(), draft));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@RestPath String code, @RestForm String body, @RestForm("berkas") List<FileUpload> files) {
        List<UploadedFile> uploads = files == null ? List.of()
                : files.stream().filter(f -> f.size() > 0 || (f.fileName() != null && !f.fileName().isBlank()))
                        .map(f -> new UploadedFile(f.fileName(), f.uploadedFile())).toList();
        try {
            grading.submit(currentUser.id(), code, body, uploads);
            return Flash.SUBMISSION_SENT.redirect("/tugas/" + code);
        } catch (DomainException e) {
            AssignmentView a = grading.assignment(currentUser.id(), code, ui.lang());
            Map<String, String> errors = e.formErrors("form", ui.lang());
            return Response.status(e.status()).entity(ui.page(Templates.assignment(a, errors, body == null ? "" : body))).build();
        }
    }

    @GET
    @Path("berkas/{id}")
    @Produces(MediaType.WILDCARD)
    public Response file(@RestPath long id) {
        Optional<GradingService.Grader> g = currentUser.hasRole(Role.PELATIH) || currentUser.hasRole(Role.ADMIN)
                ? Optional.of(grading.grader(currentUser)) : Optional.empty();
        return GradingResource.download(grading.file(id, currentUser.id(), g));
    }
}
