package id.gcio.academy.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into what the caller can read: an RFC 9457 problem body under {@code /api}, a friendly page in
 * the reader's language elsewhere. Anonymous API calls get 401 with a bearer challenge, never a login redirect.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** quarkus-oidc's session cookie (and its chunks, q_session_chunk_N, when a session outgrows one cookie). */
    private static final String SESSION_COOKIE = "q_session";

    /** Seconds a client waits before it tries again while the database cannot be reached. */
    private static final String RETRY_AFTER_SECONDS = "15";

    @Inject
    Ui ui;

    @Inject
    Bundles bundles;

    @Inject
    FallbackRoutes fallback;

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, String detailId,
                Collection<String> problems);
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpServerRequest request) {
        if (isApi(request)) {
            Problem p = Problem.of(e.status(), e.code(), titleFor(e.status()), e.getMessage(), request.path());
            if (!e.fieldErrors().isEmpty()) {
                p = p.withErrors(e.fieldErrors().entrySet().stream()
                        .map(en -> new Problem.FieldError(en.getKey(), en.getValue())).toList());
            }
            return problem(p);
        }
        return page(e.status(), e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        if (isApi(request)) {
            return problem(Problem.of(403, "forbidden", "Forbidden",
                    "Peran Anda tidak mengizinkan tindakan ini.", request.path()));
        }
        return page(403, ui.msg().error_403_detail());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        if (isApi(request)) {
            return problem(Problem.of(400, "invalid-input", "Bad Request", "Data yang dikirim belum valid.", request.path())
                    .withErrors(errors));
        }
        return page(400, ui.msg().error_400_detail());
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, HttpServerRequest request) {
        return problem(Problem.of(400, "malformed-json", "Bad Request", "Badan permintaan bukan JSON yang valid.", request.path()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            return e.getResponse();
        }
        if (isApi(request)) {
            return problem(Problem.of(status, "http-" + status, titleFor(status), detailFor(status), request.path()));
        }
        return page(status, status == 404 ? ui.msg().error_404_detail() : ui.msg().error_generic_detail());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpServerRequest request) {
        SQLException down = DatabaseUnavailable.cause(e);
        if (down != null) {
            return unavailable(down, request);
        }
        LOG.error("Unexpected error on " + request.path(), e);
        if (isApi(request)) {
            return problem(Problem.of(500, "internal-error", "Internal Server Error",
                    "Terjadi kesalahan pada server. Silakan coba lagi.", request.path()));
        }
        return page(500, ui.msg().error_generic_detail());
    }

    /**
     * 503 with Retry-After while the database cannot be reached. The page is the plain one the HTTP layer also uses: the
     * usual layout reads the signed-in reader's name from the database, so it would fail again.
     */
    private Response unavailable(SQLException cause, HttpServerRequest request) {
        LOG.warnf("Database unavailable on %s %s: %s (SQL state %s)", request.method(), request.path(), cause.getMessage(),
                cause.getSQLState());
        Response.ResponseBuilder answer = Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS);
        if (isApi(request)) {
            return answer.type(Problem.MEDIA_TYPE).entity(Problem.of(503, "service-unavailable", "Service Unavailable",
                    "Basis data sedang tidak dapat dihubungi. Coba lagi sebentar lagi.", request.path())).build();
        }
        GradingMsg gm = bundles.grading(ui.lang());
        String html = fallback.plainPage(ui.lang(), 503, gm.error_503_title(), gm.error_503_detail());
        return answer.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private Response unauthenticated(HttpServerRequest request) {
        if (isApi(request)) {
            return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                    .entity(Problem.of(401, "unauthenticated", "Unauthorized",
                            "Token bearer tidak ada, tidak valid atau kedaluwarsa.", request.path()))
                    .build();
        }
        // A session that cannot be read (its key changed, another deployment's cookie, tampering) is dropped here;
        // left in place it would fail again on /masuk and send the browser round in a redirect loop.
        Response.ResponseBuilder signIn = Response.seeOther(java.net.URI.create("/masuk"));
        for (Cookie cookie : request.cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                signIn.cookie(new NewCookie.Builder(cookie.getName()).value("").path("/").maxAge(0).httpOnly(true)
                        .secure("https".equals(request.scheme())).build());
            }
        }
        return signIn.build();
    }

    /**
     * A refusal's page: its message in the reader's language; on an English page without an English text, the
     * Indonesian message marked as Indonesian, after the status's English explanation where there is one.
     */
    private Response page(int status, DomainException e) {
        if (e.hasMessageIn(ui.lang())) {
            return page(status, e.messageIn(ui.lang()), null, e.fieldErrors().values());
        }
        String general = switch (status) {
            case 403 -> ui.msg().error_403_detail();
            case 404 -> ui.msg().error_404_detail();
            default -> null;
        };
        return page(status, general, e.getMessage(), e.fieldErrors().values());
    }

    private Response page(int status, String detail) {
        return page(status, detail, null, List.of());
    }

    /** {@code problems}: what was wrong with the input, when no form shows it next to its field. */
    private Response page(int status, String detail, String detailId, Collection<String> problems) {
        String title = switch (status) {
            case 400 -> ui.msg().error_400_title();
            case 403 -> ui.msg().error_403_title();
            case 404 -> ui.msg().error_404_title();
            case 422 -> ui.msg().error_400_title();
            default -> ui.msg().error_generic_title();
        };
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ui.page(Templates.error(status, title, detail, detailId, problems)).render()).build();
    }

    /** The API, or a page's background request that asked for JSON (the quiz's answer saves). */
    static boolean isApi(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/api") || path.startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.startsWith("application/json");
    }

    static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    static String detailFor(int status) {
        return switch (status) {
            case 404 -> "Sumber daya tidak ditemukan.";
            case 405 -> "Metode HTTP ini tidak didukung untuk alamat ini.";
            case 406 -> "Format respons yang diminta tidak didukung.";
            case 415 -> "Jenis konten permintaan tidak didukung.";
            default -> "Permintaan tidak dapat diproses.";
        };
    }

    private static String lastNode(String path) {
        int i = path.lastIndexOf('.');
        return i < 0 ? path : path.substring(i + 1);
    }
}
