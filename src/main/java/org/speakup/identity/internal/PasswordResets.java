package org.speakup.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.speakup.platform.AuditLog;
import org.speakup.platform.Mailer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use, expiring links that let someone choose a new password: "forgot my password", and
 * the welcome link a new therapist gets. Only a SHA-256 hash of each token is stored, so a copy
 * of the database does not hand out working links. Setting a password ends the account's other
 * sessions.
 */
@Service
public class PasswordResets {

    /** Therapists invited by an admin get longer to act on their first link. */
    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    public sealed interface Outcome {}

    public record Changed(UUID accountId) implements Outcome {}

    public record InvalidLink() implements Outcome {}

    public record Rejected(FieldProblem problem) implements Outcome {}

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final AuditLog audit;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final Clock clock;
    private final IdentityProperties properties;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(
            JdbcClient jdbc,
            Accounts accounts,
            PasswordEncoder passwords,
            Mailer mailer,
            AuditLog audit,
            FindByIndexNameSessionRepository<?> sessions,
            Clock clock,
            IdentityProperties properties) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.mailer = mailer;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
        this.properties = properties;
    }

    /** Sends a reset link if the address belongs to an account; says nothing either way. */
    public void requestReset(String email) {
        accounts.byEmail(EmailAddresses.normalise(email)).ifPresent(account -> {
            Duration lifetime = properties.passwordReset().lifetime();
            String link = issue(account.id(), lifetime);
            mailer.send(account.email(), "Reset your SpeakUp password", """
                    Hello %s,

                    Someone (hopefully you) asked to reset the password for your SpeakUp account.
                    To choose a new password, open this link within %d minutes:

                    %s

                    The link works once. If you didn't ask for this, you can ignore this e-mail:
                    your password stays as it is.
                    """.formatted(
                            account.displayName(), lifetime.toMinutes(), link));
            audit.record(null, "account.password_reset.requested", "account", account.id(), null);
        });
    }

    /** The welcome e-mail for an account an admin created: a link to choose a first password. */
    public boolean sendInvitation(Account account, String organisationRole) {
        String link = issue(account.id(), INVITATION_LIFETIME);
        return mailer.send(
                account.email(), "Your SpeakUp account", """
                Hello %s,

                An administrator has created a SpeakUp %s account for you.
                To choose your password and sign in, open this link within 7 days:

                %s
                """.formatted(account.displayName(), organisationRole, link));
    }

    public boolean linkUsable(String token) {
        return findUsable(token).isPresent();
    }

    @Transactional
    public Outcome choosePassword(String token, String newPassword) {
        var tokenRow = findUsable(token);
        if (tokenRow.isEmpty()) {
            return new InvalidLink();
        }
        Account account = accounts.byId(tokenRow.get().accountId()).orElseThrow();
        var problem = PasswordPolicy.check(newPassword, account.email(), account.displayName());
        if (problem.isPresent()) {
            return new Rejected(FieldProblem.password(problem.get()));
        }
        Instant now = clock.instant();
        accounts.changePasswordHash(account.id(), passwords.encode(newPassword), now);
        jdbc.sql(
                        "UPDATE password_reset_tokens SET used_at = ?, updated_at = ? WHERE account_id = ? AND used_at IS NULL")
                .params(Accounts.utc(now), Accounts.utc(now), account.id())
                .update();
        sessions.findByPrincipalName(account.id().toString()).keySet().forEach(sessions::deleteById);
        audit.record(account.id(), "account.password.changed", "account", account.id(), "via e-mailed link");
        return new Changed(account.id());
    }

    private String issue(UUID accountId, Duration lifetime) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        // Only the newest link works: asking again retires the older ones.
        jdbc.sql("DELETE FROM password_reset_tokens WHERE account_id = ? AND used_at IS NULL")
                .param(accountId)
                .update();
        jdbc.sql("""
                        INSERT INTO password_reset_tokens (id, account_id, token_hash, expires_at, used_at,
                                                           created_at, updated_at)
                        VALUES (?, ?, ?, ?, NULL, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        accountId,
                        hash(token),
                        Accounts.utc(now.plus(lifetime)),
                        Accounts.utc(now),
                        Accounts.utc(now))
                .update();
        return properties.baseUrl().replaceAll("/+$", "") + "/reset-password?token=" + token;
    }

    private Optional<TokenRow> findUsable(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT account_id FROM password_reset_tokens
                        WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
                .params(hash(token), Accounts.utc(clock.instant()))
                .query((rs, row) -> new TokenRow(rs.getObject("account_id", UUID.class)))
                .optional();
    }

    private record TokenRow(UUID accountId) {}

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
