package id.gcio.academy.catalog;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.web.Flash;
import id.gcio.academy.web.Ui;
import id.gcio.academy.notification.NotificationConfig;
import id.gcio.academy.notification.NotificationService;
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

/** The admin's content page: recent syncs with refused files, and the "sync now" action. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AdminContentPages {

    @Inject
    NotificationService notifications;

    @Inject
    NotificationConfig notificationConfig;

    @Inject
    ContentSyncService sync;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "catalog/AdminContentPages")
    static class Templates {
        static native TemplateInstance admin(List<ContentSyncRun> runs, NotificationService.Summary mail, boolean mailEnabled);
    }

    @GET
    public TemplateInstance admin() {
        return ui.page(Templates.admin(sync.recentRuns(20), notifications.summary(), notificationConfig.enabled()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("konten/sinkron")
    public Response syncNow() {
        var report = sync.syncConfigured("admin", currentUser.id());
        return (report.errors().isEmpty() ? Flash.CONTENT_SYNCED : Flash.CONTENT_SYNC_ERRORS).redirect("/admin");
    }
}
