package org.speakup.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Year;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.speakup.support.SpeakUpTest;
import org.speakup.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Each kind of bad input gets a message next to its field, and writes nothing. */
@SpeakUpTest
class SignUpBadInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> badInput() {
        String adultYear = String.valueOf(Year.now().getValue() - 30);
        return Stream.of(
                Arguments.of("a too-short password", "password", "Short-1", adultYear, "at least 12 characters"),
                Arguments.of("a breached password", "password", "Password2024!", adultYear, "most common ones"),
                Arguments.of("a keyboard-run password", "password", "9876543210ab", adultYear, "pattern that is easy"),
                Arguments.of(
                        "a repeated-character password",
                        "password",
                        "aaaaaaaaaaaaaa",
                        adultYear,
                        "pattern that is easy"),
                Arguments.of("a malformed e-mail", "email", TestUsers.PASSWORD, adultYear, "like name@example.org"),
                Arguments.of(
                        "a birth year that is not a number",
                        "birthYear",
                        TestUsers.PASSWORD,
                        "nineteen",
                        "four digits"),
                Arguments.of("a birth year in the future", "birthYear", TestUsers.PASSWORD, "2100", "check the year"),
                Arguments.of(
                        "an over-long name", "displayName", TestUsers.PASSWORD, adultYear, "80 characters or fewer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void refusesBadInputWithAMessageOnTheFieldAndStoresNothing(
            String description, String field, String password, String birthYear, String message) throws Exception {
        String email = field.equals("email") ? "not-an-address@" : TestUsers.uniqueEmail("bad");
        String name = field.equals("displayName") ? "N".repeat(81) : "Robin";
        long accountsBefore = countAccounts();

        MvcResult result = mvc.perform(post("/sign-up").with(csrf()).params(form(email, name, password, birthYear)))
                .andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("id=\"" + field + "-error\"").contains(message);
        assertThat(page).containsPattern("aria-describedby=\"[^\"]*" + field + "-error\"");
        assertThat(countAccounts()).isEqualTo(accountsBefore);
    }

    @org.junit.jupiter.api.Test
    void refusesASecondAccountWithTheSameEmailInAnyCase() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Amara");
        long accountsBefore = countAccounts();

        String page = mvc.perform(post("/sign-up")
                        .with(csrf())
                        .params(form(
                                email.toUpperCase(),
                                "Someone else",
                                "Other-Meadow-Copper-19",
                                String.valueOf(Year.now().getValue() - 40))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"email-error\"").contains("already an account");
        assertThat(countAccounts()).isEqualTo(accountsBefore);
    }

    @org.junit.jupiter.api.Test
    void refusesASignUpWithoutACsrfToken() throws Exception {
        long accountsBefore = countAccounts();

        int status = mvc.perform(post("/sign-up")
                        .params(form(
                                TestUsers.uniqueEmail("csrf"),
                                "Eve",
                                TestUsers.PASSWORD,
                                String.valueOf(Year.now().getValue() - 30))))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(countAccounts()).isEqualTo(accountsBefore);
    }

    private static MultiValueMap<String, String> form(String email, String name, String password, String birthYear) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("email", email);
        form.add("displayName", name);
        form.add("password", password);
        form.add("birthYear", birthYear);
        return form;
    }

    private long countAccounts() {
        return jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single();
    }
}
