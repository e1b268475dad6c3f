package org.speakup.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Therapist accounts for tests, and linking a client to one through the real pages. */
public final class TestTherapists {

    private TestTherapists() {}

    /** A therapist in the test organisation, with {@link TestUsers#PASSWORD}; returns the e-mail. */
    public static String create(JdbcClient jdbc, PasswordEncoder encoder, String name) {
        String email = TestUsers.uniqueEmail("therapist");
        var now = OffsetDateTime.now();
        jdbc.sql("""
                        INSERT INTO accounts (id, organisation_id, email, display_name, password_hash, role, birth_year,
                                              track, enabled, created_at, updated_at)
                        VALUES (?, (SELECT id FROM organisations ORDER BY created_at FETCH FIRST 1 ROWS ONLY), ?, ?, ?,
                                'THERAPIST', NULL, NULL, TRUE, ?, ?)""")
                .params(UUID.randomUUID(), email, name, encoder.encode(TestUsers.PASSWORD), now, now)
                .update();
        return email;
    }

    /** The therapist makes a code, the client enters it and shares {@code share} (may be empty). */
    public static void link(MockMvc mvc, Cookie therapist, Cookie client, String... share) throws Exception {
        var invitation = mvc.perform(
                        post("/therapist/clients/invitations").cookie(therapist).with(csrf()))
                .andReturn();
        String code = (String) invitation.getFlashMap().get("code");
        assertThat(code).isNotBlank();
        var accept = post("/client/therapists").cookie(client).with(csrf()).param("code", code);
        for (String kind : share) {
            accept.param("share", kind);
        }
        assertThat(mvc.perform(accept).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/client/therapists?linked");
    }
}
