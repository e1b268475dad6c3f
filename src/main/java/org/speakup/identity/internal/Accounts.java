package org.speakup.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.speakup.identity.Role;
import org.speakup.identity.Track;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Accounts {

    private static final String COLUMNS =
            "id, organisation_id, email, display_name, password_hash, role, birth_year, track, enabled, created_at";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> byEmail(String normalisedEmail) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE email = ?")
                .param(normalisedEmail)
                .query(Accounts::map)
                .optional();
    }

    public Optional<Account> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = ?")
                .param(id)
                .query(Accounts::map)
                .optional();
    }

    public boolean emailTaken(String normalisedEmail) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE email = ?")
                        .param(normalisedEmail)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE role = ?")
                        .param(role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<Account> inOrganisation(UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE organisation_id = ? ORDER BY role, display_name")
                .param(organisationId)
                .query(Accounts::map)
                .list();
    }

    public void insert(Account account) {
        var at = utc(account.createdAt());
        jdbc.sql("""
                        INSERT INTO accounts (id, organisation_id, email, display_name, password_hash, role,
                                              birth_year, track, enabled, created_at, updated_at)
                        VALUES (:id, :org, :email, :name, :hash, :role, :birthYear, :track, :enabled, :at, :at)""")
                .param("id", account.id())
                .param("org", account.organisationId())
                .param("email", account.email())
                .param("name", account.displayName())
                .param("hash", account.passwordHash())
                .param("role", account.role().name())
                .param("birthYear", account.birthYear())
                .param("track", account.track() == null ? null : account.track().name())
                .param("enabled", account.enabled())
                .param("at", at)
                .update();
    }

    public void changePasswordHash(UUID id, String hash, Instant at) {
        jdbc.sql("UPDATE accounts SET password_hash = ?, updated_at = ? WHERE id = ?")
                .params(hash, utc(at), id)
                .update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        String track = rs.getString("track");
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("birth_year", Integer.class),
                track == null ? null : Track.valueOf(track),
                rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
