package id.gcio.academy.bench;

import id.gcio.academy.identity.CurrentUser;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's ceiling: one indexed query and nothing else. Off unless {@code academy.bench.enabled=true}
 * (the load script turns it on); answers 404 otherwise, so production does not expose it.
 */
@Path("/bench/ceiling")
public class BenchResource {

    @ConfigProperty(name = "academy.bench.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    @Operation(hidden = true)
    public String ceiling() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return slug();
    }

    /** The ceiling behind the signed-in session: the cookie decrypted, its tokens checked, the user's id looked up. */
    @GET
    @Path("signed-in")
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    @Operation(hidden = true)
    public String signedIn() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return currentUser.id() + " " + slug();
    }

    private static String slug() {
        Object slug = Panache.getEntityManager()
                .createNativeQuery("select slug from course where slug = ?1")
                .setParameter(1, "transformasi-digital").getResultList().stream().findFirst().orElse("-");
        return slug.toString();
    }
}
