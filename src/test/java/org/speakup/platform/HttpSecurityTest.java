package org.speakup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.speakup.support.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Over real HTTP on loopback: headers, the session cookie, and a new session id at sign-in. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("db")
class HttpSecurityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SPEAKUP_SESSION=([^;]*)");

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndRefuseFraming() throws Exception {
        var response = get("/sign-in", null);

        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.body()).doesNotContain("<script>").doesNotContain(" style=\"");
    }

    @Test
    void theSessionCookieIsSecureHttpOnlySameSiteAndRenewedAtSignIn() throws Exception {
        var signInPage = get("/sign-in", null);
        String cookieHeader = signInPage.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("SPEAKUP_SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookieHeader).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
        String before = sessionOf(List.of(cookieHeader));
        var csrf = CSRF.matcher(signInPage.body());
        assertThat(csrf.find()).isTrue();

        var signedIn = post(
                "/sign-in",
                before,
                "email=" + URLEncoder.encode(TestUsers.ADMIN_EMAIL, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(TestUsers.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + csrf.group(1));

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/home");
        String after = sessionOf(signedIn.headers().allValues("Set-Cookie"));
        assertThat(after).isNotBlank().isNotEqualTo(before);
        assertThat(get("/home", after).statusCode()).isEqualTo(200);
        assertThat(get("/home", before).statusCode()).isEqualTo(302);
    }

    @Test
    void errorPagesAreFriendlyAndShowNoInternals() throws Exception {
        var response = get("/css/does-not-exist.css", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("We couldn")
                .doesNotContain("Exception")
                .doesNotContain("trace")
                .doesNotContain("Whitelabel");
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html");
        if (session != null) {
            request.header("Cookie", "SPEAKUP_SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session, String form) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "SPEAKUP_SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionOf(List<String> setCookies) {
        for (String value : setCookies) {
            var matcher = SESSION.matcher(value);
            if (matcher.find() && !matcher.group(1).isEmpty()) {
                return matcher.group(1);
            }
        }
        return "";
    }
}
