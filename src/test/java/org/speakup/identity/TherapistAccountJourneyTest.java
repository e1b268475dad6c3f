package org.speakup.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.servlet.http.Cookie;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.speakup.support.SpeakUpTest;
import org.speakup.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpeakUpTest
class TherapistAccountJourneyTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    private static final Pattern TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminCreatesATherapistWhoChoosesAPasswordFromTheEmailAndSignsIn() throws Exception {
        Cookie admin = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        String email = TestUsers.uniqueEmail("therapist");

        var created = mvc.perform(post("/admin/accounts")
                        .cookie(admin)
                        .with(csrf())
                        .param("displayName", "Dr Chen")
                        .param("email", email))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts");
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        var matcher = TOKEN.matcher(GreenMailUtil.getBody(mail.getReceivedMessages()[0]));
        assertThat(matcher.find()).isTrue();

        mvc.perform(post("/reset-password")
                .with(csrf())
                .param("token", matcher.group(1))
                .param("password", "Heron-Basalt-Violet-31")
                .param("confirmPassword", "Heron-Basalt-Violet-31"));
        Cookie therapist = TestUsers.signIn(mvc, email, "Heron-Basalt-Violet-31");

        String home = mvc.perform(get("/home").cookie(therapist))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("Welcome, Dr Chen").contains("not built yet");
        assertThat(mvc.perform(get("/admin/accounts").cookie(therapist))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'account.therapist.created'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aTherapistWithATakenEmailIsRefusedNextToTheField() throws Exception {
        Cookie admin = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        String taken = TestUsers.signUpAdult(mvc, "Existing");
        long before =
                jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single();

        String page = mvc.perform(post("/admin/accounts")
                        .cookie(admin)
                        .with(csrf())
                        .param("displayName", "Dr Duplicate")
                        .param("email", taken))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"email-error\"").contains("already an account");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single())
                .isEqualTo(before);
    }
}
