package id.gcio.academy.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.Location;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/** Paths no resource answers: a problem body under /api, the friendly 404 page elsewhere. */
@ApplicationScoped
public class FallbackRoutes {

    @Inject
    @Location("web/notfound.html")
    Template notFound;

    void install(@Observes Router router) {
        router.route().last().handler(rc -> {
            String path = rc.request().path();
            if (path.startsWith("/q/")) {
                rc.next();
                return;
            }
            if (path.equals("/api") || path.startsWith("/api/")) {
                rc.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(Json.encode(Problem.of(404, "not-found", ErrorMappers.titleFor(404), ErrorMappers.detailFor(404), path)));
                return;
            }
            var langCookie = rc.request().getCookie(Ui.LANG_COOKIE);
            boolean en = langCookie != null && "en".equals(langCookie.getValue());
            Msg msg = io.quarkus.qute.i18n.MessageBundles.get(Msg.class, io.quarkus.qute.i18n.Localized.Literal.of(en ? "en" : "id"));
            String html = notFound.instance().setLocale(Locale.forLanguageTag(en ? "en" : "id"))
                    .data("lang", en ? "en" : "id").data("title", msg.error_404_title())
                    .data("detail", msg.error_404_detail()).data("home", msg.error_home())
                    .render();
            rc.response().setStatusCode(404).putHeader("Content-Type", "text/html;charset=UTF-8").end(html);
        });
    }
}
