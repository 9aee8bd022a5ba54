package id.gcio.academy.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Keeps the published OpenAPI document to the JSON API under /api/v1 (pages are not an API). */
public class ApiOnlyOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().keySet().stream()
                    .filter(p -> !p.startsWith("/api/v1"))
                    .toList()
                    .forEach(p -> openAPI.getPaths().removePathItem(p));
        }
    }
}
