package org.speakup.identity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.speakup.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A client's settings. Today: the country whose crisis lines they should see. */
@Service
public class ClientProfiles {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ClientProfiles(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean knownCountry(String code) {
        return COUNTRIES.contains(code);
    }

    public Optional<String> countryOf(AccountId client) {
        return jdbc.sql("SELECT country_code FROM client_profiles WHERE account_id = ? AND country_code IS NOT NULL")
                .param(client.value())
                .query(String.class)
                .optional();
    }

    public void setCountry(AccountId client, @Nullable String countryCode) {
        if (countryCode != null && !knownCountry(countryCode)) {
            throw new IllegalArgumentException("Unknown country code");
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE client_profiles SET country_code = ?, updated_at = ? WHERE account_id = ?")
                .params(countryCode, now, client.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO client_profiles (account_id, country_code, created_at, updated_at)
                            VALUES (?, ?, ?, ?)""").params(client.value(), countryCode, now, now).update();
        }
        audit.record("client_profile.changed", "client_profile", client);
    }
}
