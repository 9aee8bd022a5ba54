package id.gcio.academy.certificate;

import id.gcio.academy.certificate.CertificateService.CertificateRow;
import id.gcio.academy.cohort.Cohort;
import id.gcio.academy.cohort.CohortService;
import id.gcio.academy.cohort.CohortService.Actor;
import id.gcio.academy.cohort.MembershipService;
import id.gcio.academy.cohort.MembershipService.TrainerRow;
import id.gcio.academy.grading.GradebookService;
import id.gcio.academy.grading.GradebookService.AssignmentLine;
import id.gcio.academy.grading.GradebookService.Standing;
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
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A cohort's results: the gradebook (with export), its certificates (list, ZIP, check now) and the trainers assigned
 * to grade it. Same access as the cohort page: admins, the cohort's partner, trainers.
 */
@Path("/kohort/{code}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.MITRA, Role.ADMIN, Role.PELATIH })
public class CohortRecordPages {

    @Inject
    CohortService cohorts;

    @Inject
    MembershipService memberships;

    @Inject
    GradebookService gradebook;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateZip zip;

    @Inject
    GradebookExport export;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "certificate/CohortRecordPages")
    static class Templates {
        static native TemplateInstance results(Cohort cohort, List<Standing> rows, List<String> courses,
                List<AssignmentLine> assignments, List<CertificateRow> certificates, List<TrainerRow> trainers, boolean admin,
                Map<String, String> errors);
    }

    @GET
    @Path("hasil")
    public TemplateInstance results(@RestPath String code) {
        return page(code, Map.of());
    }

    @GET
    @Path("hasil/ekspor")
    @Produces(MediaType.WILDCARD)
    public Response export(@RestPath String code, @RestQuery String format) {
        Cohort c = cohort(code);
        return export.response(c, gradebook.standings(memberships.ofCohort(c.id)), format);
    }

    @GET
    @Path("sertifikat.zip")
    @Produces("application/zip")
    public Response zip(@RestPath String code) {
        return zip.response(cohort(code));
    }

    @POST
    @Path("sertifikat/periksa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN)
    public Response evaluate(@RestPath String code) {
        CertificateService.CohortCheck r = certificates.evaluateCohort(cohort(code));
        return Flash.CERTIFICATES_CHECKED.redirect("/kohort/" + code + "/hasil", r.issued(), r.queuedForApproval(),
                r.notYetEligible());
    }

    @POST
    @Path("pelatih")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN)
    public Response assign(@RestPath String code, @RestForm String trainer) {
        try {
            memberships.assignTrainer(code, trainer, actor());
            return Flash.TRAINER_ASSIGNED.redirect("/kohort/" + code + "/hasil");
        } catch (DomainException e) {
            Map<String, String> errors = e.formErrors("trainer", ui.lang());
            return Response.status(e.status()).entity(page(code, errors)).build();
        }
    }

    @POST
    @Path("pelatih/{userId}/hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN)
    public Response remove(@RestPath String code, @RestPath long userId) {
        memberships.removeTrainer(code, userId, actor());
        return Flash.TRAINER_ASSIGNED.redirect("/kohort/" + code + "/hasil");
    }

    private TemplateInstance page(String code, Map<String, String> errors) {
        Actor a = actor();
        Cohort c = memberships.cohort(code, a);
        List<Standing> rows = gradebook.standings(memberships.ofCohort(c.id));
        List<String> courses = rows.stream().flatMap(r -> r.courses().stream().map(x -> x.slug())).distinct().toList();
        Set<String> seen = new HashSet<>();
        List<AssignmentLine> assignments = rows.stream().flatMap(r -> r.assignments().stream()).filter(x -> seen.add(x.code()))
                .toList();
        return ui.page(Templates.results(c, rows, courses, assignments, certificates.forCohort(c.id),
                memberships.trainers(code, a), a.admin(), errors));
    }

    private Actor actor() {
        return cohorts.actor(currentUser);
    }

    private Cohort cohort(String code) {
        return memberships.cohort(code, actor());
    }
}
