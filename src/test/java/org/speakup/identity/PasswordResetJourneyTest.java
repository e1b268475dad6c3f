package org.speakup.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.speakup.support.SpeakUpTest;
import org.speakup.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpeakUpTest
class PasswordResetJourneyTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    private static final Pattern LINK = Pattern.compile("http://localhost/reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "Willow-Canyon-Ferry-88";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientResetsAForgottenPasswordFromTheEmailedLinkAndSignsInWithTheNewOne() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Lena");

        String token = requestResetAndReadToken(email);
        String form = mvc.perform(get("/reset-password").param("token", token))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("Choose a new password");
        MvcResult saved = choose(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?reset");
        assertThat(TestUsers.signIn(mvc, email, NEW_PASSWORD)).isNotNull();
        assertThat(signInRedirect(email, TestUsers.PASSWORD)).isEqualTo("/sign-in?error");
    }

    @Test
    void aResetLinkWorksOnlyOnce() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Omar");
        String token = requestResetAndReadToken(email);
        choose(token, NEW_PASSWORD, NEW_PASSWORD);

        MvcResult again = choose(token, "Another-Strong-Phrase-12", "Another-Strong-Phrase-12");

        assertThat(again.getResponse().getContentAsString()).contains("This link no longer works");
        assertThat(TestUsers.signIn(mvc, email, NEW_PASSWORD)).isNotNull();
    }

    @Test
    void aTamperedTokenIsRefusedAndChangesNothing() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Ines");
        String token = requestResetAndReadToken(email);
        String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertThat(mvc.perform(get("/reset-password").param("token", tampered))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("This link no longer works");
        assertThat(choose(tampered, NEW_PASSWORD, NEW_PASSWORD).getResponse().getContentAsString())
                .contains("This link no longer works");
        assertThat(TestUsers.signIn(mvc, email, TestUsers.PASSWORD)).isNotNull();
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Kwame");
        String token = requestResetAndReadToken(email);
        jdbc.sql(
                        "UPDATE password_reset_tokens SET expires_at = ? WHERE account_id = (SELECT id FROM accounts WHERE email = ?)")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), email)
                .update();

        assertThat(choose(token, NEW_PASSWORD, NEW_PASSWORD).getResponse().getContentAsString())
                .contains("This link no longer works");
        assertThat(TestUsers.signIn(mvc, email, TestUsers.PASSWORD)).isNotNull();
    }

    @Test
    void aWeakOrMismatchedNewPasswordIsRefusedNextToItsFieldAndTheLinkStillWorks() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Beatriz");
        String token = requestResetAndReadToken(email);

        String weak = choose(token, "password123", "password123").getResponse().getContentAsString();
        String mismatch =
                choose(token, NEW_PASSWORD, NEW_PASSWORD + "x").getResponse().getContentAsString();

        assertThat(weak).contains("id=\"password-error\"");
        assertThat(mismatch).contains("id=\"confirmPassword-error\"").contains("The two passwords are different");
        assertThat(choose(token, NEW_PASSWORD, NEW_PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?reset");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws Exception {
        String page = mvc.perform(post("/forgot-password").with(csrf()).param("email", "nobody-here@example.org"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("If there is an account for that address");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    private String requestResetAndReadToken(String email) throws Exception {
        mvc.perform(post("/forgot-password").with(csrf()).param("email", email));
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] messages = mail.getReceivedMessages();
        MimeMessage last = messages[messages.length - 1];
        assertThat(last.getAllRecipients()[0].toString()).isEqualTo(email);
        var matcher = LINK.matcher(GreenMailUtil.getBody(last));
        assertThat(matcher.find()).as("reset link in e-mail").isTrue();
        return matcher.group(1);
    }

    private MvcResult choose(String token, String password, String confirm) throws Exception {
        return mvc.perform(post("/reset-password")
                        .with(csrf())
                        .param("token", token)
                        .param("password", password)
                        .param("confirmPassword", confirm))
                .andReturn();
    }

    private String signInRedirect(String email, String password) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", password))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
