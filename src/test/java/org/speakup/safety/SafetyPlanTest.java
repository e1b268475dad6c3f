package org.speakup.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Year;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.speakup.support.SpeakUpTest;
import org.speakup.support.TestTherapists;
import org.speakup.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpeakUpTest
class SafetyPlanTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aClientFillsThePlanStepByStepAndItIsStoredEncrypted() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Rosa");
        Cookie client = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);

        var first = step(client, 1, "Not sleeping, cancelling plans");
        var last = step(client, 7, "My niece, and the sea in summer");

        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/client/safety-plan/step/2");
        assertThat(last.getResponse().getRedirectedUrl()).isEqualTo("/client/safety-plan?saved");
        String stored = jdbc.sql("SELECT reasons_for_living FROM safety_plans WHERE account_id = ?")
                .param(idOf(email))
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain("niece");
        String overview = page(client, "/client/safety-plan");
        assertThat(overview).contains("Not sleeping, cancelling plans").contains("My niece, and the sea in summer");
        assertThat(page(client, "/client/safety-plan/print"))
                .contains("My niece")
                .contains("Crisis lines");
    }

    @Test
    void adolescentsSeePromptsInTheirOwnWords() throws Exception {
        String email = TestUsers.uniqueEmail("teen-plan");
        mvc.perform(post("/sign-up")
                .with(csrf())
                .param("email", email)
                .param("displayName", "Kai")
                .param("password", TestUsers.PASSWORD)
                .param("birthYear", String.valueOf(Year.now().getValue() - 15)));
        Cookie teen = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);

        assertThat(page(teen, "/client/safety-plan/step/1")).contains("Signs that things are getting bad");
        assertThat(page(teen, "/client/safety-plan/step/7")).contains("Things that matter to me");
    }

    @Test
    void anOverLongSectionIsRefusedAndAnUnknownStepIsNotFound() throws Exception {
        Cookie client = TestUsers.signIn(mvc, TestUsers.signUpAdult(mvc, "Olu"), TestUsers.PASSWORD);

        var tooLong = step(client, 2, "x".repeat(2001));

        assertThat(tooLong.getResponse().getContentAsString()).contains("id=\"text-error\"");
        assertThat(mvc.perform(get("/client/safety-plan/step/8").cookie(client))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aTherapistSeesThePlanOnlyWhileTheClientSharesIt() throws Exception {
        Cookie therapist = TestUsers.signIn(mvc, TestTherapists.create(jdbc, encoder, "Dr Ahmed"), TestUsers.PASSWORD);
        String email = TestUsers.signUpAdult(mvc, "Greta");
        Cookie client = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);
        step(client, 4, "My brother Piet");
        String planUrl = "/therapist/clients/" + idOf(email) + "/safety-plan";

        TestTherapists.link(mvc, therapist, client);
        int beforeSharing = mvc.perform(get(planUrl).cookie(therapist))
                .andReturn()
                .getResponse()
                .getStatus();
        UUID linkId = jdbc.sql("SELECT id FROM care_links WHERE client_id = ?")
                .param(idOf(email))
                .query(UUID.class)
                .single();
        mvc.perform(post("/client/therapists/{id}/sharing", linkId)
                .cookie(client)
                .with(csrf())
                .param("share", "SAFETY_PLAN"));
        String shared = page(therapist, planUrl);
        mvc.perform(post("/client/therapists/{id}/end", linkId).cookie(client).with(csrf()));
        int afterEnding = mvc.perform(get(planUrl).cookie(therapist))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(beforeSharing).isEqualTo(404);
        assertThat(shared).contains("My brother Piet");
        assertThat(afterEnding).isEqualTo(404);
    }

    @Test
    void anotherClientCannotOpenTherapistRoutesToSomeonesPlan() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Owner");
        Cookie owner = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);
        step(owner, 1, "private words");
        Cookie other = TestUsers.signIn(mvc, TestUsers.signUpAdult(mvc, "Other"), TestUsers.PASSWORD);

        int status = mvc.perform(get("/therapist/clients/" + idOf(email) + "/safety-plan")
                        .cookie(other))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
    }

    private org.springframework.test.web.servlet.MvcResult step(Cookie client, int step, String text) throws Exception {
        return mvc.perform(post("/client/safety-plan/step/{n}", step)
                        .cookie(client)
                        .with(csrf())
                        .param("text", text))
                .andReturn();
    }

    private String page(Cookie session, String url) throws Exception {
        return mvc.perform(get(url).cookie(session)).andReturn().getResponse().getContentAsString();
    }

    private UUID idOf(String email) {
        return jdbc.sql("SELECT id FROM accounts WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }
}
