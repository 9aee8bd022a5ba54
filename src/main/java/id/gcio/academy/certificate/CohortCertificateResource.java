package id.gcio.academy.certificate;

import id.gcio.academy.certificate.CertificateService.CertificateRow;
import id.gcio.academy.cohort.Cohort;
import id.gcio.academy.cohort.CohortService;
import id.gcio.academy.cohort.MembershipService;
import id.gcio.academy.cohort.MembershipService.TrainerRow;
import id.gcio.academy.grading.GradebookService;
import id.gcio.academy.grading.GradebookService.Standing;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A cohort's trainers, gradebook and certificates over the API: who may read the cohort (admins, its partner,
 * trainers) reads; admins assign trainers and run the certificate check; the ZIP holds every valid certificate's PDF.
 */
@Path("/api/v1/cohorts/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts")
@RolesAllowed({ Role.MITRA, Role.ADMIN, Role.PELATIH })
public class CohortCertificateResource {

    /** A trainer to assign, by e-mail or NIP. */
    public record TrainerBody(String trainer) {
    }

    @Inject
    CohortService cohorts;

    @Inject
    MembershipService memberships;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateZip zip;

    @Inject
    GradebookService gradebook;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/certificates")
    @Operation(summary = "Every certificate of the cohort (valid, revoked, waiting for approval)")
    public List<CertificateRow> list(@RestPath String code) {
        return certificates.forCohort(cohort(code).id);
    }

    @GET
    @Path("/certificates.zip")
    @Produces("application/zip")
    @Operation(summary = "All valid certificates of the cohort as PDFs in one ZIP")
    public Response zip(@RestPath String code) {
        Cohort c = cohort(code);
        return zip.response(c);
    }

    @POST
    @Path("/certificates/evaluate")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Check every member against the completion rules now and issue what is due: counts of issued "
            + "(signed plus queuedForApproval), signed, queuedForApproval, notYetEligible, alreadyCertified")
    public Map<String, Integer> evaluate(@RestPath String code) {
        CertificateService.CohortCheck r = certificates.evaluateCohort(cohort(code));
        // "issued" keeps its meaning (new certificates, those waiting for approval included); the rest was added later
        return Map.of("issued", r.issued() + r.queuedForApproval(), "signed", r.issued(),
                "queuedForApproval", r.queuedForApproval(), "notYetEligible", r.notYetEligible(),
                "alreadyCertified", r.alreadyCertified());
    }

    @GET
    @Path("/gradebook")
    @Operation(summary = "Per participant: courses, quiz results, assignment grades, final grade, pass/fail")
    public List<Standing> gradebook(@RestPath String code) {
        return gradebook.standings(memberships.ofCohort(cohort(code).id));
    }

    @GET
    @Path("/trainers")
    @Operation(summary = "The trainers assigned to grade this cohort")
    public List<TrainerRow> trainers(@RestPath String code) {
        return memberships.trainers(code, cohorts.actor(currentUser));
    }

    @POST
    @Path("/trainers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Assign a trainer (by e-mail or NIP) to grade this cohort")
    public TrainerRow assign(@RestPath String code, TrainerBody body) {
        return memberships.assignTrainer(code, body == null ? null : body.trainer(), cohorts.actor(currentUser));
    }

    @DELETE
    @Path("/trainers/{userId}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Remove a trainer from this cohort")
    public Response remove(@RestPath String code, @RestPath long userId) {
        memberships.removeTrainer(code, userId, cohorts.actor(currentUser));
        return Response.noContent().build();
    }

    private Cohort cohort(String code) {
        return memberships.cohort(code, cohorts.actor(currentUser));
    }
}
