package org.speakup.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: after too many failed sign-ins for one account, or from one network
 * address, within a window, further attempts are refused for a while. Counts live in the database
 * so every node behind a load balancer sees the same ones. Keys are kept for unknown e-mail
 * addresses too, so the lockout reveals nothing about which accounts exist.
 */
@Component
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentityProperties.SignIn limits;

    SignInThrottle(JdbcClient jdbc, Clock clock, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = properties.signIn();
    }

    public static String accountKey(String normalisedEmail) {
        return "account:" + normalisedEmail;
    }

    public static String addressKey(String remoteAddress) {
        return "address:" + remoteAddress;
    }

    public boolean locked(String key) {
        Instant now = clock.instant();
        return find(key)
                .map(s -> s.lockedUntil() != null && s.lockedUntil().isAfter(now))
                .orElse(false);
    }

    @Transactional
    public void recordFailure(String key, int maxFailures) {
        Instant now = clock.instant();
        Optional<State> current = find(key);
        if (current.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO sign_in_throttle (throttle_key, failures, window_started_at, locked_until,
                                                          created_at, updated_at)
                            VALUES (?, 1, ?, NULL, ?, ?)""")
                    .params(key, Accounts.utc(now), Accounts.utc(now), Accounts.utc(now))
                    .update();
            return;
        }
        State state = current.get();
        boolean windowOver = state.windowStartedAt().plus(limits.window()).isBefore(now);
        int failures = windowOver ? 1 : state.failures() + 1;
        Instant windowStart = windowOver ? now : state.windowStartedAt();
        Instant lockedUntil = failures >= maxFailures ? now.plus(limits.lockout()) : null;
        jdbc.sql("""
                        UPDATE sign_in_throttle SET failures = ?, window_started_at = ?, locked_until = ?, updated_at = ?
                        WHERE throttle_key = ?""")
                .params(
                        failures,
                        Accounts.utc(windowStart),
                        lockedUntil == null ? null : Accounts.utc(lockedUntil),
                        Accounts.utc(now),
                        key)
                .update();
    }

    public void recordSuccess(String key) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = ?")
                .param(key)
                .update();
    }

    int maxFailuresPerAccount() {
        return limits.maxFailuresPerAccount();
    }

    int maxFailuresPerAddress() {
        return limits.maxFailuresPerAddress();
    }

    private Optional<State> find(String key) {
        return jdbc.sql("SELECT failures, window_started_at, locked_until FROM sign_in_throttle WHERE throttle_key = ?")
                .param(key)
                .query((rs, row) -> {
                    OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
                    return new State(
                            rs.getInt("failures"),
                            rs.getObject("window_started_at", OffsetDateTime.class)
                                    .toInstant(),
                            locked == null ? null : locked.toInstant());
                })
                .optional();
    }

    private record State(
            int failures,
            Instant windowStartedAt,
            @org.jspecify.annotations.Nullable Instant lockedUntil) {}
}
