package id.gcio.academy.cohort;

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
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** A cohort's announcements for those who run it: the list and a form to post one ({@code /kohort/{code}/pengumuman}). */
@Path("/kohort/{code}/pengumuman")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.MITRA, Role.ADMIN, Role.PELATIH })
public class AnnouncementPages {

    @Inject
    AnnouncementService announcements;

    @Inject
    CohortService cohorts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "cohort/AnnouncementPages")
    static class Templates {
        static native TemplateInstance announcements(CohortService.CohortSummary cohort,
                List<AnnouncementService.AnnouncementView> announcements, Map<String, String> errors,
                Map<String, String> values);
    }

    @GET
    public TemplateInstance list(@RestPath String code) {
        CohortService.Actor actor = cohorts.actor(currentUser);
        return ui.page(Templates.announcements(cohorts.summary(code, actor), announcements.forCohort(code, actor), Map.of(),
                Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@RestPath String code, @RestForm String title, @RestForm String body) {
        CohortService.Actor actor = cohorts.actor(currentUser);
        try {
            announcements.post(code, title, body, actor);
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            Map<String, String> values = Map.of("title", title == null ? "" : title, "body", body == null ? "" : body);
            return Response.status(422).type(MediaType.TEXT_HTML).entity(ui.page(Templates.announcements(
                    cohorts.summary(code, actor), announcements.forCohort(code, actor), e.fieldErrors(), values))).build();
        }
        return Flash.ANNOUNCEMENT_POSTED.redirect("/kohort/" + code + "/pengumuman");
    }
}
