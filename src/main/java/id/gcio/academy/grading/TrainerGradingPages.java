package id.gcio.academy.grading;

import id.gcio.academy.grading.GradingService.Grader;
import id.gcio.academy.grading.GradingService.GradingView;
import id.gcio.academy.grading.GradingService.MarkForm;
import id.gcio.academy.grading.GradingService.QueueFilter;
import id.gcio.academy.grading.GradingService.QueueRow;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The trainer's grading queue (their cohorts' submissions, oldest first) and the grading page: claim, mark every
 * criterion with the rubric, grade or return for revision; admins also moderate.
 */
@Path("/pelatih/penilaian")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PELATIH, Role.ADMIN })
public class TrainerGradingPages {

    @Inject
    GradingService grading;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "grading/TrainerGradingPages")
    static class Templates {
        static native TemplateInstance queue(List<QueueRow> rows, QueueFilter filter, boolean admin,
                Map<String, String> errors, List<GradingService.CohortChoice> cohorts);

        static native TemplateInstance submission(GradingView s, Map<String, String> errors, Map<String, String> values);

        static native TemplateInstance essay(GradingService.EssayView e, Map<String, String> errors, Map<String, String> values);
    }

    @GET
    @Path("esai/{attemptId}/{questionId}")
    public TemplateInstance essay(@RestPath long attemptId, @RestPath long questionId) {
        return ui.page(Templates.essay(grading.essay(grading.grader(currentUser), attemptId, questionId), Map.of(), Map.of()));
    }

    @POST
    @Path("esai/{attemptId}/{questionId}/klaim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claimEssay(@RestPath long attemptId, @RestPath long questionId) {
        try {
            grading.claimEssay(grading.grader(currentUser), attemptId, questionId);
            return Response.seeOther(java.net.URI.create("/pelatih/penilaian/esai/" + attemptId + "/" + questionId)).build();
        } catch (DomainException e) {
            return essayError(attemptId, questionId, e, Map.of());
        }
    }

    @POST
    @Path("esai/{attemptId}/{questionId}/nilai")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response gradeEssay(@RestPath long attemptId, @RestPath long questionId,
            @org.jboss.resteasy.reactive.RestForm String points, @org.jboss.resteasy.reactive.RestForm String feedback) {
        Map<String, String> values = new HashMap<>();
        values.put("points", points == null ? "" : points);
        values.put("feedback", feedback == null ? "" : feedback);
        try {
            Double p;
            try {
                p = points == null || points.isBlank() ? null : Double.valueOf(points.trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw DomainException.invalid(Map.of("points", "Nilai harus angka, mis. 1,5."));
            }
            grading.gradeEssay(grading.grader(currentUser), attemptId, questionId, p, feedback);
            return Flash.GRADE_SAVED.redirect("/pelatih/penilaian");
        } catch (DomainException e) {
            return essayError(attemptId, questionId, e, values);
        }
    }

    private Response essayError(long attemptId, long questionId, DomainException e, Map<String, String> values) {
        var view = grading.essay(grading.grader(currentUser), attemptId, questionId);
        Map<String, String> errors = e.formErrors("form", ui.lang());
        return Response.status(e.status()).entity(ui.page(Templates.essay(view, errors, values))).build();
    }

    /** The queue; a filter it cannot apply (unknown status or cohort) re-renders it with the message at that field. */
    @GET
    public Response queue(@RestQuery String angkatan, @RestQuery String status, @RestQuery String kursus) {
        Grader g = grading.grader(currentUser);
        QueueFilter filter = new QueueFilter(angkatan, null, status, kursus);
        try {
            return Response.ok(ui.page(Templates.queue(grading.queue(g, filter, ui.lang()), filter, g.admin(), Map.of(), grading.cohortChoices(g)))).build();
        } catch (DomainException e) {
            // The service names a bad status ("state"); any other refusal comes from looking up the cohort filter.
            Map<String, String> errors = e.fieldErrors().containsKey("state")
                    ? Map.of("status", e.fieldErrors().get("state"))
                    : Map.of("angkatan", e.messageIn(ui.lang()));
            return Response.status(422).entity(ui.page(Templates.queue(List.of(), filter, g.admin(), errors, grading.cohortChoices(g)))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance submission(@RestPath long id) {
        return ui.page(Templates.submission(grading.forGrader(grading.grader(currentUser), id, ui.lang()), Map.of(), Map.of()));
    }

    @POST
    @Path("{id}/klaim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@RestPath long id) {
        try {
            grading.claim(grading.grader(currentUser), id);
            return Response.seeOther(java.net.URI.create("/pelatih/penilaian/" + id)).build();
        } catch (DomainException e) {
            return rerender(id, e, Map.of());
        }
    }

    @POST
    @Path("{id}/lepas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@RestPath long id) {
        grading.release(grading.grader(currentUser), id);
        return Response.seeOther(java.net.URI.create("/pelatih/penilaian")).build();
    }

    @POST
    @Path("{id}/nilai")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mark(@RestPath long id, MultivaluedMap<String, String> form) {
        Map<String, Integer> points = new HashMap<>();
        Map<String, String> feedback = new HashMap<>();
        Map<String, String> values = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        form.forEach((key, list) -> {
            String v = list.isEmpty() ? null : list.get(0);
            values.put(key, v == null ? "" : v);
            if (key.startsWith("points.") && v != null && !v.isBlank()) {
                try {
                    points.put(key.substring(7), Integer.valueOf(v.trim()));
                } catch (NumberFormatException e) {
                    errors.put(key, "Pilih salah satu tingkat.");
                }
            } else if (key.startsWith("feedback.")) {
                feedback.put(key.substring(9), v);
            }
        });
        Integer version = null;
        try {
            version = Integer.valueOf(form.getFirst("version"));
        } catch (NumberFormatException | NullPointerException e) {
            // no version: grade the current one
        }
        try {
            if (!errors.isEmpty()) {
                throw DomainException.invalid(errors);
            }
            grading.mark(grading.grader(currentUser), id, new MarkForm(version, form.getFirst("decision"), points, feedback,
                    form.getFirst("overallFeedback"), form.getFirst("reason")));
            return Flash.GRADE_SAVED.redirect("/pelatih/penilaian");
        } catch (DomainException e) {
            return rerender(id, e, values);
        }
    }

    private Response rerender(long id, DomainException e, Map<String, String> values) {
        GradingView view = grading.forGrader(grading.grader(currentUser), id, ui.lang());
        Map<String, String> errors = e.formErrors("form", ui.lang());
        return Response.status(e.status()).entity(ui.page(Templates.submission(view, errors, values))).build();
    }
}
