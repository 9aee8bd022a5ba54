package id.gcio.academy.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The language switch: remembers the choice in a cookie and returns to the page the reader came from. */
@Path("/bahasa")
public class LanguagePages {

    @GET
    @Path("{lang}")
    public Response switchLanguage(@RestPath String lang, @RestQuery String kembali) {
        String chosen = "en".equals(lang) ? "en" : "id";
        NewCookie cookie = new NewCookie.Builder(Ui.LANG_COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(Ui.safeLocalPath(kembali))).cookie(cookie).build();
    }
}
