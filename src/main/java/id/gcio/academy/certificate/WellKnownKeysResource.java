package id.gcio.academy.certificate;

import id.gcio.academy.certificate.CertificateSigner.PublicKeyView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The public keys that certificate signatures verify against, for anyone checking a certificate offline. */
@Path("/.well-known/gcio-academy-keys.json")
@PermitAll
public class WellKnownKeysResource {

    @Inject
    CertificateSigner signer;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response keys() {
        List<PublicKeyView> keys = signer.publicKeys();
        return Response.ok(Map.of("issuer", "GCIO Academy", "keys", keys,
                "verification", "Ed25519 over the UTF-8 bytes of the certificate's payload (GET /api/v1/certificates/{number})"))
                .header("Cache-Control", "public, max-age=3600")
                .header("Access-Control-Allow-Origin", "*").build();
    }
}
