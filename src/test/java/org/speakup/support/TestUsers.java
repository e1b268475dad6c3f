package org.speakup.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Year;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Creates accounts through the real sign-up page and signs them in, for journey tests. */
public final class TestUsers {

    public static final String SESSION_COOKIE = "SPEAKUP_SESSION";
    public static final String PASSWORD = "Maple-Orbit-Tundra-77";
    public static final String ADMIN_EMAIL = "admin@clinic.test";
    public static final String ADMIN_PASSWORD = "Quiet-Harbour-Lantern-42";

    private static final AtomicInteger counter = new AtomicInteger();

    private TestUsers() {}

    /** An address no other test uses, so tests can share one database. */
    public static String uniqueEmail(String who) {
        return who + "-" + counter.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public static String signUpAdult(MockMvc mvc, String displayName) throws Exception {
        String email = uniqueEmail(displayName.toLowerCase().replace(' ', '-'));
        MvcResult result = mvc.perform(post("/sign-up")
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", displayName)
                        .param("password", PASSWORD)
                        .param("birthYear", String.valueOf(Year.now().getValue() - 30)))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?registered");
        return email;
    }

    /** Signs in through the real form and returns the session cookie that now holds the sign-in. */
    public static Cookie signIn(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(
                        post("/sign-in").with(csrf()).param("email", email).param("password", password))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("sign-in of %s", email)
                .isEqualTo("/home");
        Cookie session = result.getResponse().getCookie(SESSION_COOKIE);
        assertThat(session).as("session cookie after sign-in").isNotNull();
        return session;
    }
}
