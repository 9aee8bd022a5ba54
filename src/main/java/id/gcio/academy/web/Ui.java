package id.gcio.academy.web;

import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import io.quarkus.qute.ForwardingTemplateInstance;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What every page needs about this request: the language (cookie {@code lang}, Bahasa Indonesia by default), the
 * signed-in user and their roles, and the one-time flash message left by the previous POST.
 */
@Named("ui")
@RequestScoped
// a generated resolver for every member: left to itself, Qute generated one that knew only lang() (the first
// registration of the class, by the message bundles, wins) and read the rest by reflection
@TemplateData
public class Ui {

    public static final String LANG_COOKIE = "lang";
    static final String FLASH_COOKIE = "academy-flash";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Inject
    CurrentVertxRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityIdentity identity;

    @Inject
    Bundles bundles;

    private String lang;
    private String flash;
    private boolean flashRead;
    private List<NavLink> navLinks;

    /** A header menu link; {@code current} is its aria-current value ({@link #current}), or null. */
    @TemplateData
    public record NavLink(String href, String label, String current) {
    }

    /** Prepares a page template: sets its locale and consumes the flash message. */
    public TemplateInstance page(TemplateInstance template) {
        flash();
        return new Page(template.setLocale(locale()));
    }

    /**
     * A page that Quarkus REST renders when it subscribes, on the worker thread, with no render timeout: for every
     * template it renders itself Quarkus REST schedules a timer (quarkus.qute.timeout, 3 s) that holds the request's
     * objects until it fires, thousands of them at a few thousand pages a second, and that filled the old heap. A page's
     * data is loaded before it renders and nothing in it is asynchronous, so there is nothing for a timeout to catch.
     * (With quarkus.qute.use-async-timeout=true Quarkus REST leaves the timeout to the instance; this one sets none.)
     */
    private static final class Page extends ForwardingTemplateInstance {

        private final TemplateInstance template;

        Page(TemplateInstance template) {
            this.template = template;
        }

        @Override
        protected TemplateInstance delegate() {
            return template;
        }

        @Override
        public Uni<String> createUni() {
            return Uni.createFrom().item(template::render);
        }
    }

    public String lang() {
        if (lang == null) {
            RoutingContext rc = request.getCurrent();
            Cookie c = rc == null ? null : rc.request().getCookie(LANG_COOKIE);
            lang = c != null && "en".equals(c.getValue()) ? "en" : "id";
        }
        return lang;
    }

    public boolean english() {
        return "en".equals(lang());
    }

    public Locale locale() {
        return english() ? Locale.ENGLISH : INDONESIAN;
    }

    /** The path and query of this request, for "come back here" links. */
    public String path() {
        RoutingContext rc = request.getCurrent();
        return rc == null ? "/" : rc.request().uri();
    }

    /** The aria-current value of a header menu link: "page" on its page, "true" below it, otherwise null. */
    public String current(String href) {
        RoutingContext rc = request.getCurrent();
        String here = rc == null ? "/" : rc.request().path();
        if (here.equals(href)) {
            return "page";
        }
        return !"/".equals(href) && here.startsWith(href + "/") ? "true" : null;
    }

    public boolean signedIn() {
        SecurityIdentity id = identity();
        return id != null && !id.isAnonymous();
    }

    /**
     * The signed-in user's name, or "" when it cannot be read here: an error page rendered on the IO thread (a role
     * check refused the request before it reached a worker) must not block on the database.
     */
    public String userName() {
        return signedIn() && !Context.isOnEventLoopThread() ? currentUser.displayName() : "";
    }

    /**
     * An opaque mark of the signed-in reader, or "" when signed out: static/academy.js deletes the pages kept on the
     * device for offline reading when a different reader signs in there (the previous one's session ended without
     * signing out). A hash of the principal's name, so the page gives nothing of it away.
     */
    public String readerMark() {
        SecurityIdentity id = identity();
        return id == null || id.isAnonymous() ? ""
                : Hashes.sha256Hex(("reader:" + id.getPrincipal().getName()).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * The signed-in header menu's links for the caller's roles, in the page's language (layout/nav-links.html shows
     * them twice: inside the phone menu and inline). Built once per request in Java: as template includes, the two
     * menus cost more than the rest of a course page's markup.
     */
    public List<NavLink> navLinks() {
        if (navLinks == null) {
            Msg m = msg();
            GradingMsg g = bundles.grading(lang());
            List<NavLink> links = new ArrayList<>();
            link(links, "/", m.nav_catalog());
            link(links, "/belajar", m.nav_my_learning());
            link(links, "/tugas", g.nav_assignments());
            link(links, "/sertifikat", g.nav_certificates());
            link(links, "/profil", m.nav_profile());
            if (cohorts()) {
                link(links, "/kohort", m.nav_cohorts());
            }
            if (trainer()) {
                link(links, "/pelatih/kuis", m.nav_quizzes());
                link(links, "/pelatih/penilaian", g.nav_grading());
            }
            if (admin()) {
                link(links, "/admin", m.nav_admin());
            }
            navLinks = List.copyOf(links);
        }
        return navLinks;
    }

    private void link(List<NavLink> links, String href, String label) {
        links.add(new NavLink(href, label, current(href)));
    }

    public boolean admin() {
        return hasRole(Role.ADMIN);
    }

    /** Partners, trainers and admins: they see the cohorts. */
    public boolean cohorts() {
        return hasRole(Role.MITRA) || hasRole(Role.PELATIH) || hasRole(Role.ADMIN);
    }

    /** Trainers and admins: they see the quiz and grading tools. */
    public boolean trainer() {
        return hasRole(Role.PELATIH) || hasRole(Role.ADMIN);
    }

    public String roleNames() {
        SecurityIdentity id = identity();
        return id == null || id.isAnonymous() ? ""
                : String.join(", ", new TreeSet<>(id.getRoles().stream().filter(Role.ALL::contains).toList()));
    }

    private boolean hasRole(String role) {
        SecurityIdentity id = identity();
        return id != null && !id.isAnonymous() && id.hasRole(role);
    }

    /**
     * The caller's identity, or null when it is not known without blocking. On a worker thread the injected identity
     * is resolved when first asked. On the IO thread (error pages of requests no resource matched, or that a role
     * check refused) only an identity this request already established is used: the role check's own, so a refused
     * learner still sees their menu.
     */
    private SecurityIdentity identity() {
        if (!Context.isOnEventLoopThread()) {
            return identity;
        }
        RoutingContext rc = request.getCurrent();
        return rc != null && rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    /** The flash message left by the previous request, shown once. */
    public String flash() {
        if (!flashRead) {
            flashRead = true;
            RoutingContext rc = request.getCurrent();
            Cookie c = rc == null ? null : rc.request().getCookie(FLASH_COOKIE);
            if (c != null) {
                flash = Flash.text(c.getValue(), msg(), bundles.grading(lang()));
                rc.response().addCookie(Cookie.cookie(FLASH_COOKIE, "").setPath("/").setMaxAge(0));
            }
        }
        return flash;
    }

    public Msg msg() {
        return bundles.msg(lang());
    }

    /**
     * The offline "mark as done" texts for static/academy.js, read straight from the bundle: a {@code gm:} expression
     * goes through Qute's generated resolver, which compares the key with each of the bundle's keys in turn, and one
     * of these is on every signed-in page ({@link Msg} has no room left, see there).
     */
    public String offlineDoneSent() {
        return bundles.grading(lang()).offline_done_sent();
    }

    public String offlineDoneQueued() {
        return bundles.grading(lang()).offline_done_queued();
    }

    /** A local path to return to, or "/" for anything that could leave the site. */
    public static String safeLocalPath(String target) {
        if (target == null || target.isBlank() || !target.startsWith("/") || target.startsWith("//")
                || target.contains("\\") || target.contains("\r") || target.contains("\n")) {
            return "/";
        }
        try {
            URI uri = URI.create(target);
            return uri.getHost() == null && uri.getScheme() == null ? target : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
