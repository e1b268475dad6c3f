package org.speakup.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.speakup.support.SpeakUpTest;
import org.speakup.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SpeakUpTest
class AccessControlTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/home", "/client/profile", "/admin/accounts", "/admin/audit", "/therapist/anything"})
    void anAnonymousVisitorIsSentToSignIn(String page) throws Exception {
        var response = mvc.perform(get(page)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts", "/admin/audit", "/therapist/caseload"})
    void aClientCannotOpenTherapistOrAdminPages(String page) throws Exception {
        Cookie client = TestUsers.signIn(mvc, TestUsers.signUpAdult(mvc, "Client"), TestUsers.PASSWORD);

        var response = mvc.perform(get(page).cookie(client)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void anAdminOpensTheAdminPagesButNotTheClientOnes() throws Exception {
        Cookie admin = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        assertThat(mvc.perform(get("/admin/accounts").cookie(admin))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/admin/audit").cookie(admin))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/client/profile").cookie(admin))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void httpsRequestsGetStrictTransportSecurityAndPlainHttpDoesNot() throws Exception {
        var secure = mvc.perform(get("/sign-in").secure(true)).andReturn().getResponse();
        var plain = mvc.perform(get("/sign-in")).andReturn().getResponse();

        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void publicPagesOpenWithoutSigningIn() throws Exception {
        for (String page : new String[] {"/", "/sign-in", "/sign-up", "/forgot-password", "/help-now"}) {
            assertThat(mvc.perform(get(page)).andReturn().getResponse().getStatus())
                    .as(page)
                    .isEqualTo(200);
        }
    }

    @Test
    void onlyHealthInfoAndPrometheusAreExposedFromActuator() throws Exception {
        assertThat(mvc.perform(get("/actuator/health"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/info")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/prometheus"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        Cookie admin = TestUsers.signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            assertThat(mvc.perform(get(hidden).cookie(admin))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(hidden)
                    .isEqualTo(404);
        }
    }
}
