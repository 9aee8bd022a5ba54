package id.gcio.academy.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Locale;

/**
 * Signing out is a form POST to {@code /keluar} (the OIDC logout path), never a GET: a link or an image on another site
 * must not be able to sign a reader out. The session cookie is SameSite=Lax, so a cross-site POST arrives without it;
 * a POST whose Origin or Sec-Fetch-Site says it came from elsewhere is refused all the same. (The form carries no CSRF
 * token: the OIDC mechanism ends the session before any REST filter could check one.) A GET of {@code /keluar} (a
 * bookmark, an old link) shows a page that asks first.
 */
@Path("/keluar/konfirmasi")
public class LogoutPages {

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "web/LogoutPages")
    static class Templates {
        static native TemplateInstance confirm();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirm() {
        return ui.page(Templates.confirm());
    }

    /** Runs before authentication (order -200), where the OIDC mechanism would otherwise end the session on any GET. */
    void guard(@Observes Router router) {
        router.route("/keluar").order(-250).handler(rc -> {
            String method = rc.request().method().name();
            if (!"POST".equals(method)) {
                rc.response().setStatusCode(303).putHeader("Location", "/keluar/konfirmasi").end();
            } else if (fromElsewhere(rc.request().getHeader("Origin"), rc.request().getHeader("Sec-Fetch-Site"),
                    rc.request().scheme() + "://" + rc.request().authority())) {
                rc.response().setStatusCode(403).putHeader("Content-Type", "text/plain;charset=UTF-8")
                        .end("Permintaan keluar dari situs lain ditolak.");
            } else {
                rc.next();
            }
        });
    }

    /** True when the browser says the form was sent from another site (headers a page cannot forge). */
    static boolean fromElsewhere(String origin, String fetchSite, String self) {
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        try {
            URI o = URI.create(origin);
            URI s = URI.create(self);
            return !(o.getScheme() + "://" + o.getAuthority()).toLowerCase(Locale.ROOT)
                    .equals((s.getScheme() + "://" + s.getAuthority()).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
