package org.speakup.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.speakup.identity.Role;
import org.speakup.platform.AuditLog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure an installation gets its first admin. If speakup.setup.admin-email and -password are
 * configured, the admin (and the organisation) are created on first start. Otherwise the one-time
 * page /setup opens, and asks for a code printed to this server's log, so that only whoever runs
 * the server can claim the installation.
 */
@Service
public class FirstAdminSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public record Request(String code, String organisationName, String adminName, String email, String password) {}

    private final Accounts accounts;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final IdentityProperties.Setup configured;
    private volatile @Nullable String setupCode;

    FirstAdminSetup(
            Accounts accounts,
            Organisations organisations,
            PasswordEncoder passwords,
            AuditLog audit,
            Clock clock,
            IdentityProperties properties) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.configured = properties.setup();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!setupNeeded()) {
            return;
        }
        if (configured.configured()) {
            var problem = create(
                    orDefault(configured.organisationName()),
                    configured.adminName(),
                    configured.adminEmail(),
                    configured.adminPassword());
            if (problem.isPresent()) {
                throw new IllegalStateException("speakup.setup: the configured first admin was refused ("
                        + problem.get().messageKey() + "); fix SPEAKUP_ADMIN_EMAIL / SPEAKUP_ADMIN_PASSWORD");
            }
            log.info("Created the first admin account from configuration");
            return;
        }
        setupCode = newCode();
        log.warn("""

                ************************************************************************
                * SpeakUp has no admin yet. Open /setup in your browser and enter the
                * one-time setup code: {}
                ************************************************************************""", setupCode);
    }

    public boolean setupNeeded() {
        return !accounts.anyWithRole(Role.ADMIN);
    }

    /** Creates the organisation and its admin from the setup page. */
    @Transactional
    public Optional<FieldProblem> complete(Request request) {
        String expected = setupCode;
        if (!setupNeeded() || expected == null) {
            return Optional.of(FieldProblem.of("code", "setup.closed"));
        }
        if (!expected.equalsIgnoreCase(request.code().strip())) {
            return Optional.of(FieldProblem.of("code", "setup.code.wrong"));
        }
        var problem = create(request.organisationName(), request.adminName(), request.email(), request.password());
        if (problem.isEmpty()) {
            setupCode = null;
        }
        return problem;
    }

    private Optional<FieldProblem> create(String organisationName, String adminName, String email, String password) {
        String normalised = EmailAddresses.normalise(email);
        if (!EmailAddresses.plausible(normalised)) {
            return Optional.of(FieldProblem.of("email", "signup.email.invalid"));
        }
        var passwordProblem = PasswordPolicy.check(password, normalised, adminName);
        if (passwordProblem.isPresent()) {
            return Optional.of(FieldProblem.password(passwordProblem.get()));
        }
        UUID organisation =
                organisations.home().orElseGet(() -> organisations.create(organisationName.strip(), clock.instant()));
        var admin = new Account(
                UUID.randomUUID(),
                organisation,
                normalised,
                adminName.strip(),
                passwords.encode(password),
                Role.ADMIN,
                null,
                null,
                true,
                clock.instant());
        accounts.insert(admin);
        audit.record(admin.id(), "account.admin.created", "account", admin.id(), "first admin");
        return Optional.empty();
    }

    /** The code printed to the log, while setup is open; for tests of this class. */
    @Nullable
    String currentSetupCode() {
        return setupCode;
    }

    private static String orDefault(@Nullable String organisationName) {
        return organisationName == null || organisationName.isBlank() ? "SpeakUp" : organisationName;
    }

    private static String newCode() {
        var random = new SecureRandom();
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
