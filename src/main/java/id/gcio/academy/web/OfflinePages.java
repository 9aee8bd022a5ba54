package id.gcio.academy.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The page the service worker ({@code /sw.js}) keeps for a reader without a connection who opens a page not saved on
 * the device. Fetched when the worker installs, and again after signing out or a change of language.
 */
@Path("/luring")
public class OfflinePages {

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "web/OfflinePages")
    static class Templates {
        static native TemplateInstance offline();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance offline() {
        return ui.page(Templates.offline());
    }
}
