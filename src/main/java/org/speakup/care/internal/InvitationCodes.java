package org.speakup.care.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.speakup.identity.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Short codes a therapist hands a client (in a session, by letter or by phone) to link their
 * accounts. The client types it in and decides what to share; nothing is linked until they do.
 * Codes work once and for 7 days; only their hash is stored.
 */
@Component
public class InvitationCodes {

    static final Duration LIFETIME = Duration.ofDays(7);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InvitationCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String create(AccountId therapist) {
        var code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO care_invitations (id, therapist_id, code_hash, expires_at, used_at, created_at, updated_at)
                        VALUES (?, ?, ?, ?, NULL, ?, ?)""")
                .params(UUID.randomUUID(), therapist.value(), hash(code.toString()), now.plus(LIFETIME), now, now)
                .update();
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /** The therapist behind a usable code. */
    public Optional<AccountId> therapistFor(String code) {
        return jdbc.sql("""
                        SELECT therapist_id FROM care_invitations
                        WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?""")
                .params(hash(normalise(code)), clock.instant().atOffset(ZoneOffset.UTC))
                .query(UUID.class)
                .optional()
                .map(AccountId::new);
    }

    /** @return false if someone else used the code first */
    public boolean markUsed(String code) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return jdbc.sql(
                                "UPDATE care_invitations SET used_at = ?, updated_at = ? WHERE code_hash = ? AND used_at IS NULL")
                        .params(now, now, hash(normalise(code)))
                        .update()
                == 1;
    }

    static String normalise(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
