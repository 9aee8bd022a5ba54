package id.gcio.academy.support;

import id.gcio.academy.catalog.CatalogService;
import id.gcio.academy.catalog.CatalogService.CourseSummary;
import io.quarkus.test.junit.QuarkusMock;
import java.util.List;

/** For one test: the catalogue page's service fails with a given exception (an outage, a refusal). */
public final class FailingCatalogue {

    private FailingCatalogue() {
    }

    public static void listCoursesThrows(RuntimeException failure) {
        QuarkusMock.installMockForType(new CatalogService() {
            @Override
            public List<CourseSummary> listCourses(String lang) {
                throw failure;
            }
        }, CatalogService.class);
    }
}
