package id.gcio.academy.notification;

import id.gcio.academy.identity.Role;
import id.gcio.academy.web.Flash;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The admin page's button that tries the given-up e-mails again (after the mail server settings were mended). */
@Path("/admin/email/coba-lagi")
@RolesAllowed(Role.ADMIN)
public class NotificationAdminPages {

    @Inject
    NotificationService notifications;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retryFailed() {
        notifications.retryFailed();
        return Flash.EMAILS_REQUEUED.redirect("/admin");
    }
}
