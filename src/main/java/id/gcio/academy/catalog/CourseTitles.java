package id.gcio.academy.catalog;

import id.gcio.academy.catalog.CatalogService.CourseSummary;
import id.gcio.academy.web.Ui;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Course titles in the page's language for filters and for tables that name courses by slug (a cohort's participants, its gradebook),
 * from the cached catalogue. A course no longer in the catalogue keeps its slug.
 */
@Named("courseTitles")
@RequestScoped
public class CourseTitles {

    @Inject
    CatalogService catalog;

    @Inject
    Ui ui;

    private Map<String, String> titles;

    /** The catalogue's courses in the page's language, for a course filter. */
    public List<CourseSummary> courses() {
        return catalog.listCourses(ui.lang());
    }

    public String of(String slug) {
        if (titles == null) {
            titles = catalog.listCourses(ui.lang()).stream().collect(Collectors.toMap(CourseSummary::slug, CourseSummary::title));
        }
        return titles.getOrDefault(slug, slug);
    }
}
