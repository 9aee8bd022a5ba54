package id.gcio.academy.identity;

import id.gcio.academy.web.DomainException;
import id.gcio.academy.web.Flash;
import id.gcio.academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Sign-in landing, and the profile page where a learner completes NIP, OPD, position and echelon. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProfilePages {

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ui ui;

    @CheckedTemplate(basePath = "identity/ProfilePages")
    static class Templates {
        static native TemplateInstance profile(ProfileForm form, Map<String, String> errors, List<Echelon> echelons,
                boolean nipFromIdentityProvider, boolean welcome);
    }

    /** After the identity provider sends the user back: a new user completes their profile first. */
    @GET
    @Path("masuk")
    @Authenticated
    public Response signIn() {
        AppUser user = currentUser.require();
        return Response.seeOther(URI.create(user.profileComplete() ? "/belajar" : "/profil")).build();
    }

    @GET
    @Path("profil")
    @Authenticated
    public TemplateInstance profile() {
        AppUser user = currentUser.require();
        return ui.page(Templates.profile(ProfileForm.of(user), Map.of(), Echelon.options(), users.nipFromIdentityProvider(),
                !user.profileComplete()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("profil")
    @Authenticated
    public Response saveProfile(@BeanParam ProfileForm form) {
        try {
            users.updateProfile(currentUser.id(), form);
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(ui.page(Templates.profile(nipFromIdentityProvider(form), e.fieldErrors(), Echelon.options(),
                            users.nipFromIdentityProvider(), !currentUser.require().profileComplete()))).build();
        }
        return Flash.PROFILE_SAVED.redirect("/belajar");
    }

    /** The form as typed, but with the NIP the account has when the identity provider supplies it. */
    private ProfileForm nipFromIdentityProvider(ProfileForm typed) {
        if (!users.nipFromIdentityProvider()) {
            return typed;
        }
        ProfileForm stored = ProfileForm.of(currentUser.require());
        return new ProfileForm(typed.displayName(), typed.email(), stored.nip(), typed.opdName(), typed.positionTitle(),
                typed.echelon());
    }
}
