package org.speakup.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("speakup")
public record IdentityProperties(
        String baseUrl, String mailFrom, Setup setup, SignIn signIn, PasswordReset passwordReset) {

    /** The first admin, created on first start when e-mail and password are both given. */
    public record Setup(String organisationName, String adminEmail, String adminPassword, String adminName) {

        public boolean configured() {
            return adminEmail != null && !adminEmail.isBlank() && adminPassword != null && !adminPassword.isBlank();
        }
    }

    public record SignIn(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window, Duration lockout) {}

    public record PasswordReset(Duration lifetime) {}
}
