package org.speakup.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Today an installation serves one organisation: the one created at setup. */
    public Optional<UUID> home() {
        return jdbc.sql("SELECT id FROM organisations ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY")
                .query(UUID.class)
                .optional();
    }

    public UUID create(String name, Instant at) {
        UUID id = UUID.randomUUID();
        var utc = Accounts.utc(at);
        jdbc.sql("INSERT INTO organisations (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)")
                .params(id, name, utc, utc)
                .update();
        return id;
    }
}
