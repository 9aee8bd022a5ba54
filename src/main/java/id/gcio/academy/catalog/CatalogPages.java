package id.gcio.academy.catalog;

import id.gcio.academy.catalog.CatalogService.CourseDetail;
import id.gcio.academy.catalog.CatalogService.CourseSummary;
import id.gcio.academy.catalog.CatalogService.LessonItem;
import id.gcio.academy.identity.CurrentUser;
import id.gcio.academy.learning.LearningService;
import id.gcio.academy.learning.LearningService.Progress;
import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;

/** The public catalogue and course pages; a signed-in learner also sees their progress. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CatalogPages {

    @Inject
    CatalogService catalog;

    @Inject
    LearningService learning;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "catalog/CatalogPages")
    static class Templates {
        static native TemplateInstance catalog(List<CourseSummary> courses, Map<Long, Progress> progress);

        static native TemplateInstance course(CourseDetail course, Progress progress, LessonItem next, List<LessonLine> lessons);
    }

    /**
     * A line of the course page's lesson list: the lesson's address, title and length, and whether the reader has
     * finished it (the address is built here so the template's loop reads nothing outside the line).
     */
    @io.quarkus.qute.TemplateData
    public record LessonLine(String href, String title, int minutes, boolean done) {
    }

    @GET
    public TemplateInstance catalog() {
        List<CourseSummary> courses = catalog.listCourses(ui.lang());
        Map<Long, Progress> progress = new HashMap<>();
        if (!currentUser.isAnonymous()) {
            learning.dashboard(currentUser.id(), ui.lang())
                    .forEach(e -> progress.put(e.progress().courseId(), e.progress()));
        }
        return ui.page(Templates.catalog(courses, progress));
    }

    @GET
    @Path("kursus/{slug}")
    public TemplateInstance course(@RestPath String slug) {
        CourseDetail course = catalog.findCourse(slug, ui.lang())
                .orElseThrow(() -> DomainException.notFoundInReadersLanguage(ui.msg().course_not_found()));
        Progress progress = currentUser.isAnonymous() ? null : learning.readerProgress(currentUser, course.ref());
        LessonItem next = progress == null ? null
                : course.lessons().stream().filter(l -> !progress.isDone(l.id())).findFirst().orElse(null);
        String base = "/belajar/kursus/" + course.course().slug() + "/";
        List<LessonLine> lessons = course.lessons().stream()
                .map(l -> new LessonLine(base + l.slug(), l.title(), l.minutes(), progress != null && progress.isDone(l.id())))
                .toList();
        return ui.page(Templates.course(course, progress, next, lessons));
    }
}
