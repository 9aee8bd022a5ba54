package id.gcio.academy.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.runtime.configuration.MemorySize;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the HTTP layer answers before any resource runs: paths no resource answers (404) and requests announcing a body
 * over {@code quarkus.http.limits.max-body-size} (413) get a problem body under /api and a friendly page elsewhere. A
 * chunked body without an announced length that grows over the limit still gets Quarkus REST's bare 413.
 */
@ApplicationScoped
public class FallbackRoutes {

    @Inject
    @Location("web/plain-error.html")
    Template page;

    @Inject
    Bundles bundles;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        // Quarkus' own check of the announced length (order -2) answers a bare 413; this one runs just before it.
        maxBodySize.ifPresent(limit -> router.route().order(-3).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                    && Long.parseLong(length) > limit.asLongValue()) {
                rc.response().putHeader("Connection", "close").endHandler(v -> rc.request().connection().close());
                answer(rc, 413);
            } else {
                rc.next();
            }
        }));
        router.route().last().handler(rc -> {
            if (rc.request().path().startsWith("/q/")) {
                rc.next();
                return;
            }
            answer(rc, 404);
        });
    }

    private void answer(RoutingContext rc, int status) {
        String path = rc.request().path();
        if (path.equals("/api") || path.startsWith("/api/")) {
            String detail = status == 413 ? "Isi permintaan melebihi batas ukuran server." : ErrorMappers.detailFor(status);
            rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(Problem.of(status, status == 413 ? "payload-too-large" : "not-found",
                            ErrorMappers.titleFor(status), detail, path)));
            return;
        }
        var langCookie = rc.request().getCookie(Ui.LANG_COOKIE);
        String lang = langCookie != null && "en".equals(langCookie.getValue()) ? "en" : "id";
        Msg msg = bundles.msg(lang);
        String html = plainPage(lang, status, status == 413 ? msg.error_413_title() : msg.error_404_title(),
                status == 413 ? msg.error_413_detail() : msg.error_404_detail());
        rc.response().setStatusCode(status).putHeader("Content-Type", "text/html;charset=UTF-8").end(html);
    }

    /**
     * The plain error page in {@code lang}: no layout, nothing read from the database or the session, so it can be
     * answered where the usual pages cannot (before any resource runs, or while the database is unreachable).
     */
    String plainPage(String lang, int status, String title, String detail) {
        return page.instance().setLocale(Locale.forLanguageTag(lang)).data("lang", lang).data("code", status)
                .data("title", title).data("detail", detail).data("home", bundles.msg(lang).error_home()).render();
    }
}
