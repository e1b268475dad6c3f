package org.speakup.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.speakup.support.SpeakUpTest;
import org.speakup.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpeakUpTest
class SignUpAndSignInJourneyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewClientSignsUpSignsInSeesTheirHomeAndSignsOut() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Priya");

        Cookie session = TestUsers.signIn(mvc, email, TestUsers.PASSWORD);
        String home = mvc.perform(get("/home").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("Welcome, Priya").contains("Sign out");

        MvcResult signOut =
                mvc.perform(post("/sign-out").cookie(session).with(csrf())).andReturn();
        assertThat(signOut.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?signed-out");
        MvcResult afterwards = mvc.perform(get("/home").cookie(session)).andReturn();
        assertThat(afterwards.getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    @Test
    void signInWithEmailInAnyCaseAndSurroundingSpaces() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Tomasz");

        Cookie session = TestUsers.signIn(mvc, "  " + email.toUpperCase() + " ", TestUsers.PASSWORD);

        assertThat(session.getValue()).isNotBlank();
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Grace");

        MvcResult result = mvc.perform(
                        post("/sign-in").with(csrf()).param("email", email).param("password", "not-it-at-all"))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        String page = mvc.perform(get("/sign-in").param("error", ""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("don&#39;t match an account");
    }

    @Test
    void teenagersAreMarkedForTheAdolescentTrack() throws Exception {
        String email = TestUsers.uniqueEmail("teen");
        int fifteenYearsAgo = Year.now().getValue() - 15;

        mvc.perform(post("/sign-up")
                .with(csrf())
                .param("email", email)
                .param("displayName", "Jo")
                .param("password", TestUsers.PASSWORD)
                .param("birthYear", String.valueOf(fifteenYearsAgo)));

        assertThat(trackOf(email)).isEqualTo("ADOLESCENT");
    }

    @Test
    void adultsAreMarkedForTheAdultTrack() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Mateo");

        assertThat(trackOf(email)).isEqualTo("ADULT");
    }

    @Test
    void underThirteensAreRefusedKindlyAndNothingIsStored() throws Exception {
        String email = TestUsers.uniqueEmail("child");
        int elevenYearsAgo = Year.now().getValue() - 11;

        String page = mvc.perform(post("/sign-up")
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Sam")
                        .param("password", TestUsers.PASSWORD)
                        .param("birthYear", String.valueOf(elevenYearsAgo)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("SpeakUp is for people aged 13 and over")
                .contains("January " + (elevenYearsAgo + 14));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounts WHERE email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String trackOf(String email) {
        return jdbc.sql("SELECT track FROM accounts WHERE email = ?")
                .param(email)
                .query(String.class)
                .single();
    }
}
