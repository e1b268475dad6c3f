package org.speakup.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.speakup.support.SpeakUpTest;
import org.speakup.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SpeakUpTest
class SignInThrottleTest {

    @Autowired
    MockMvc mvc;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Hana");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(attempt(email, "wrong-guess-" + attempt, "10.1.1." + attempt))
                    .isEqualTo("/sign-in?error");
        }

        assertThat(attempt(email, TestUsers.PASSWORD, "10.1.1.9")).isEqualTo("/sign-in?locked");
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressForEveryAccount() throws Exception {
        String victim = TestUsers.signUpAdult(mvc, "Noor");
        for (int attempt = 1; attempt <= 20; attempt++) {
            attempt(TestUsers.uniqueEmail("spray"), "wrong-guess", "10.2.2.2");
        }

        assertThat(attempt(victim, TestUsers.PASSWORD, "10.2.2.2")).isEqualTo("/sign-in?locked");
        assertThat(attempt(victim, TestUsers.PASSWORD, "10.2.2.3")).isEqualTo("/home");
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String email = TestUsers.signUpAdult(mvc, "Yusuf");
        for (int attempt = 1; attempt <= 4; attempt++) {
            attempt(email, "wrong-guess", "10.3.3.3");
        }
        assertThat(attempt(email, TestUsers.PASSWORD, "10.3.3.3")).isEqualTo("/home");

        assertThat(attempt(email, "wrong-again", "10.3.3.4")).isEqualTo("/sign-in?error");
        assertThat(attempt(email, TestUsers.PASSWORD, "10.3.3.4")).isEqualTo("/home");
    }

    private String attempt(String email, String password, String address) throws Exception {
        return mvc.perform(post("/sign-in")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .param("email", email)
                        .param("password", password))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
