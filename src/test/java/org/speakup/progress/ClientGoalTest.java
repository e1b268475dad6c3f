package org.speakup.progress;

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
class ClientGoalTest {

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

        var saved = mvc.perform(
                        post("/client/goal").cookie(session).with(csrf()).param("goal", GOAL))
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/home?goalSaved");
        String stored = jdbc.sql("SELECT goal_ciphertext FROM client_goals WHERE account_id = ?")
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
    void readingAndChangingTheGoalAreAuditedWithTheActor() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Kofi");
        Cookie session = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);
        UUID id = accountId(email);

        mvc.perform(post("/client/goal").cookie(session).with(csrf()).param("goal", GOAL));
        mvc.perform(get("/client/goal").cookie(session));

        List<AuditEntry> entries = audit.recent(id, id.toString(), 0, 10);
        assertThat(entries).extracting(AuditEntry::action).contains("client_goal.changed", "client_goal.read");
        assertThat(entries)
                .filteredOn(entry -> entry.subjectType().equals("client_goal"))
                .allSatisfy(entry -> assertThat(entry.actorId()).isEqualTo(id));
    }

    @Test
    void anOverLongGoalIsRefusedNextToTheFieldAndTheSavedGoalIsKept() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Mira");
        Cookie session = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);
        mvc.perform(post("/client/goal").cookie(session).with(csrf()).param("goal", GOAL));

        String tooLong = mvc.perform(
                        post("/client/goal").cookie(session).with(csrf()).param("goal", "x".repeat(1001)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(tooLong).contains("id=\"goal-error\"").contains("1000 characters or fewer");
        assertThat(mvc.perform(get("/home").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(GOAL);
    }

    @Test
    void anUnknownCountryIsRefusedAndAKnownOneIsSaved() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Aroha");
        Cookie session = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);

        String badCountry = mvc.perform(
                        post("/client/profile").cookie(session).with(csrf()).param("countryCode", "ZZ"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var saved = mvc.perform(
                        post("/client/profile").cookie(session).with(csrf()).param("countryCode", "NZ"))
                .andReturn();

        assertThat(badCountry).contains("id=\"countryCode-error\"");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/client/profile?saved");
        assertThat(jdbc.sql("SELECT country_code FROM client_profiles WHERE account_id = ?")
                        .param(accountId(email))
                        .query(String.class)
                        .single())
                .isEqualTo("NZ");
    }

    private UUID accountId(String email) {
        return jdbc.sql("SELECT id FROM accounts WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }
}
