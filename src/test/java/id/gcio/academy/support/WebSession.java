package id.gcio.academy.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session for page tests: signs in through the real authorization-code flow of the OIDC dev server
 * and keeps the cookies (encrypted session, CSRF) between requests.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();

    private WebSession() {
    }

    public static WebSession anonymous() {
        return new WebSession();
    }

    /** Signs in as a configured test user by pressing that user's button on the dev server's login page. */
    public static WebSession signIn(String user) {
        WebSession s = new WebSession();
        Response start = s.get("/masuk");
        String authorize = start.header("Location");
        if (start.statusCode() != 302 || authorize == null) {
            throw new IllegalStateException("Expected a redirect to the login page, got " + start.statusCode());
        }
        Map<String, String> q = query(URI.create(authorize).getRawQuery());
        String issuer = authorize.substring(0, authorize.indexOf("/authorize"));
        String callback = given().redirects().follow(false)
                .formParam("redirect_uri", q.get("redirect_uri") + "?state=" + q.get("state"))
                .formParam("response_type", "code").formParam("client_id", q.get("client_id"))
                .formParam("scope", q.get("scope")).formParam("predefined-" + user, user)
                .post(issuer + "/login").header("Location");
        Response back = s.get(callback);
        if (back.statusCode() != 302) {
            throw new IllegalStateException("Code exchange failed: " + back.statusCode());
        }
        s.get(back.header("Location"));
        return s;
    }

    /** The cookies this session holds (name → value), for requests made without REST Assured. */
    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String pathOrUrl) {
        return keep(request().get(pathOrUrl));
    }

    /** Posts a form with the CSRF token taken from the page at {@code formPage}. */
    public Response postForm(String formPage, String action, Map<String, String> fields) {
        String token = csrfToken(formPage);
        RequestSpecification r = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token);
        fields.forEach(r::formParam);
        return keep(r.post(action));
    }

    /** Posts a form without any CSRF token (a forged request). */
    public Response postFormWithoutCsrf(String action, Map<String, String> fields) {
        RequestSpecification r = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach(r::formParam);
        return keep(r.post(action));
    }

    public String csrfToken(String page) {
        String html = get(page).asString();
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF field on " + page);
        }
        return m.group(1);
    }

    private Response keep(Response r) {
        r.getDetailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return r;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        for (String pair : raw.split("&")) {
            int i = pair.indexOf('=');
            m.put(java.net.URLDecoder.decode(pair.substring(0, i), java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(i + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return m;
    }
}
