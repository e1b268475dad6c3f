package org.speakup.identity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.speakup.platform.AuditLog;
import org.speakup.platform.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's own settings and words: the country whose crisis lines they should see, and in their
 * own words what they want to get better at. The goal is encrypted at rest, and every read and
 * change is audited, like all clinical free text.
 */
@Service
public class ClientProfiles {

    public static final int GOAL_LIMIT = 1000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public record Profile(
            @Nullable String countryCode, @Nullable String goal) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    ClientProfiles(JdbcClient jdbc, FieldCipher cipher, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean knownCountry(String code) {
        return COUNTRIES.contains(code);
    }

    public Profile read(AccountId client) {
        var profile = jdbc.sql("SELECT country_code, goal_ciphertext FROM client_profiles WHERE account_id = ?")
                .param(client.value())
                .query((rs, row) -> {
                    String sealed = rs.getString("goal_ciphertext");
                    return new Profile(
                            rs.getString("country_code"),
                            sealed == null ? null : cipher.decrypt(sealed, goalContext(client)));
                })
                .optional()
                .orElse(new Profile(null, null));
        audit.record("client_profile.read", "client_profile", client);
        return profile;
    }

    @Transactional
    public void update(AccountId client, @Nullable String countryCode, @Nullable String goal) {
        if (countryCode != null && !knownCountry(countryCode)) {
            throw new IllegalArgumentException("Unknown country code");
        }
        if (goal != null && goal.length() > GOAL_LIMIT) {
            throw new IllegalArgumentException("Goal too long");
        }
        String sealed = goal == null || goal.isBlank() ? null : cipher.encrypt(goal.strip(), goalContext(client));
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql(
                        "UPDATE client_profiles SET country_code = ?, goal_ciphertext = ?, updated_at = ? WHERE account_id = ?")
                .params(countryCode, sealed, now, client.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO client_profiles (account_id, country_code, goal_ciphertext, created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?)""").params(client.value(), countryCode, sealed, now, now).update();
        }
        audit.record("client_profile.changed", "client_profile", client);
    }

    private static String goalContext(AccountId client) {
        return "client_profiles.goal:" + client.value();
    }
}
