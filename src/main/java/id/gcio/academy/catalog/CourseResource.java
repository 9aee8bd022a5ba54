package id.gcio.academy.catalog;

import id.gcio.academy.catalog.CatalogService.CourseDetail;
import id.gcio.academy.catalog.CatalogService.CourseSummary;
import id.gcio.academy.web.DomainException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The catalogue as JSON. */
@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Catalogue")
@SecurityRequirement(name = "SecurityScheme")
public class CourseResource {

    @Inject
    CatalogService catalog;

    @GET
    @Operation(summary = "Active courses in catalogue order")
    public List<CourseSummary> list(@RestQuery @DefaultValue("id") String lang) {
        return catalog.listCourses(lang);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One course with objectives, sources and lessons")
    public CourseDetail get(@RestPath String slug, @RestQuery @DefaultValue("id") String lang) {
        return catalog.findCourse(slug, lang).orElseThrow(() -> DomainException.notFound("Kursus tidak ditemukan.",
                "Course not found."));
    }
}
