package id.gcio.academy.learning;

import id.gcio.academy.catalog.CatalogService;
import id.gcio.academy.catalog.CatalogService.LessonView;
import id.gcio.academy.cohort.CohortService;
import id.gcio.academy.cohort.AnnouncementService;
import id.gcio.academy.cohort.CohortService.LearnerCohort;
import id.gcio.academy.cohort.Membership;
import id.gcio.academy.identity.AppUser;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.identity.Role;
import id.gcio.academy.learning.LearningService.DashboardEntry;
import id.gcio.academy.learning.LearningService.Progress;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Flash;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;

/**
 * "Pembelajaran saya": the learner's dashboard, lesson pages, enrolment, marking lessons done, and the announcements of
 * their cohorts.
 */
@Path("/belajar")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class LearningPages {

    @Inject
    AnnouncementService announcements;

    @Inject
    LearningService learning;

    @Inject
    CatalogService catalog;

    @Inject
    CohortService cohorts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "learning/LearningPages")
    static class Templates {
        static native TemplateInstance dashboard(AppUser user, List<DashboardEntry> entries, List<LearnerCohort> cohorts,
                List<String> pathToStart, List<AnnouncementService.AnnouncementView> announcements);

        static native TemplateInstance lesson(LessonView lesson, Progress progress, boolean done);

        static native TemplateInstance announcements(List<AnnouncementService.AnnouncementView> announcements);
    }

    @GET
    public TemplateInstance dashboard() {
        AppUser user = currentUser.require();
        List<DashboardEntry> entries = learning.dashboard(user.id, ui.lang());
        List<LearnerCohort> mine = cohorts.forLearner(user.id);
        Set<String> enrolled = entries.stream().map(e -> e.progress().courseSlug()).collect(Collectors.toSet());
        List<String> pathToStart = pathCourses(mine).stream().filter(c -> !enrolled.contains(c)).toList();
        return ui.page(Templates.dashboard(user, entries, mine, pathToStart, announcements.forLearner(user.id, 5)));
    }

    /**
     * Enrols the learner in every course of their active cohorts' learning paths they have not started (a course added
     * to a path later, or a membership recorded without enrolments). Courses come from the learner's own memberships.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("jalur")
    @RolesAllowed({ Role.PESERTA, Role.PELATIH, Role.ADMIN })
    public Response startPath() {
        long id = currentUser.id();
        learning.enrolInPath(id, pathCourses(cohorts.forLearner(id)));
        return Flash.ENROLLED.redirect("/belajar");
    }

    /** The courses of the learner's active cohorts' paths that the catalogue offers, in path order. */
    private List<String> pathCourses(List<LearnerCohort> mine) {
        Set<String> offered = catalog.listCourses(ui.lang()).stream().map(c -> c.slug()).collect(Collectors.toSet());
        return mine.stream().filter(c -> c.status() == Membership.Status.ACTIVE).flatMap(c -> c.courses().stream())
                .filter(offered::contains).distinct().toList();
    }

    /** Every announcement of the learner's cohorts, newest first (the dashboard shows the latest five). */
    @GET
    @Path("pengumuman")
    public TemplateInstance announcements() {
        return ui.page(Templates.announcements(announcements.forLearner(currentUser.id(), 200)));
    }

    @GET
    @Path("kursus/{course}/{lesson}")
    public TemplateInstance lesson(@RestPath String course, @RestPath String lesson) {
        LessonView view = catalog.findLesson(course, lesson, ui.lang())
                .orElseThrow(() -> DomainException.notFoundInReadersLanguage(ui.msg().lesson_not_found()));
        Progress progress = learning.readerProgress(currentUser, view.ref());
        boolean done = progress.isDone(view.lesson().id());
        return ui.page(Templates.lesson(view, progress.enrolled() ? progress : null, done));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("kursus/{course}/daftar")
    @RolesAllowed({ Role.PESERTA, Role.PELATIH, Role.ADMIN })
    public Response enrol(@RestPath String course) {
        learning.enrol(currentUser.id(), course);
        return Flash.ENROLLED.redirect("/kursus/" + course);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("kursus/{course}/{lesson}/selesai")
    @RolesAllowed({ Role.PESERTA, Role.PELATIH, Role.ADMIN })
    public Response markDone(@RestPath String course, @RestPath String lesson) {
        if (learning.markDone(currentUser.id(), course, lesson).courseCompleted()) {
            return Flash.COURSE_COMPLETED.redirect("/kursus/" + course);
        }
        return catalog.findLesson(course, lesson, ui.lang())
                .map(v -> v.next() == null ? "/kursus/" + course : "/belajar/kursus/" + course + "/" + v.next().slug())
                .map(Flash.LESSON_DONE::redirect)
                .orElseGet(() -> Flash.LESSON_DONE.redirect("/kursus/" + course));
    }
}
