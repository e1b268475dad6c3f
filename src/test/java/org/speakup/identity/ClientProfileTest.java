package org.speakup.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.speakup.platform.AuditEntry;
import org.speakup.platform.AuditLog;
import org.speakup.support.SpeakUpTest;
import org.speakup.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The client's goal: encrypted at rest, shown back to them, and every read and change audited. */
@SpeakUpTest
class ClientProfileTest {

    private static final String GOAL = "Say no to extra shifts without apologising three times";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void theGoalIsStoredEncryptedAndShownBackToTheClient() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Ruth");
        Cookie session = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);

        var saved = mvc.perform(post("/client/profile")
                        .cookie(session)
                        .with(csrf())
                        .param("countryCode", "GB")
                        .param("goal", GOAL))
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/client/profile?saved");
        String stored = jdbc.sql("SELECT goal_ciphertext FROM client_profiles WHERE account_id = ?")
                .param(accountId(email))
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:test:").doesNotContain("shifts").doesNotContain(GOAL);
        String home = mvc.perform(get("/home").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains(GOAL);
    }

    @Test
    void readingAndChangingTheProfileAreAuditedWithTheActor() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Kofi");
        Cookie session = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);
        UUID id = accountId(email);

        mvc.perform(post("/client/profile")
                .cookie(session)
                .with(csrf())
                .param("countryCode", "US")
                .param("goal", GOAL));
        mvc.perform(get("/client/profile").cookie(session));

        List<AuditEntry> entries = audit.recent(id, id.toString(), 0, 10);
        assertThat(entries).extracting(AuditEntry::action).contains("client_profile.changed", "client_profile.read");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(id);
            assertThat(entry.subjectType()).isEqualTo("client_profile");
        });
    }

    @Test
    void anOverLongGoalOrUnknownCountryIsRefusedAndTheSavedGoalIsKept() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Mira");
        Cookie session = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);
        mvc.perform(post("/client/profile")
                .cookie(session)
                .with(csrf())
                .param("countryCode", "IE")
                .param("goal", GOAL));

        String tooLong = mvc.perform(post("/client/profile")
                        .cookie(session)
                        .with(csrf())
                        .param("countryCode", "IE")
                        .param("goal", "x".repeat(1001)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String badCountry = mvc.perform(post("/client/profile")
                        .cookie(session)
                        .with(csrf())
                        .param("countryCode", "ZZ")
                        .param("goal", "changed"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(tooLong).contains("id=\"goal-error\"").contains("1000 characters or fewer");
        assertThat(badCountry).contains("id=\"countryCode-error\"");
        String home = mvc.perform(get("/home").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains(GOAL);
    }

    private UUID accountId(String email) {
        return jdbc.sql("SELECT id FROM accounts WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }
}
