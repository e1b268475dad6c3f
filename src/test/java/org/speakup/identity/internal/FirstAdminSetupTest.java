package org.speakup.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.speakup.identity.Role;
import org.speakup.platform.AuditLog;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

class FirstAdminSetupTest {

    private final Accounts accounts = mock(Accounts.class);
    private final Organisations organisations = mock(Organisations.class);
    private FirstAdminSetup setup;

    @BeforeEach
    void noAdminYetAndNothingConfigured() {
        when(accounts.anyWithRole(Role.ADMIN)).thenReturn(false);
        when(organisations.home()).thenReturn(Optional.empty());
        when(organisations.create(any(), any())).thenReturn(UUID.randomUUID());
        var properties = new IdentityProperties(
                "http://localhost",
                "from@localhost",
                new IdentityProperties.Setup("", "", "", "Administrator"),
                new IdentityProperties.SignIn(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                new IdentityProperties.PasswordReset(Duration.ofMinutes(30)));
        setup = new FirstAdminSetup(
                accounts,
                organisations,
                NoOpPasswordEncoder.getInstance(),
                mock(AuditLog.class),
                Clock.systemUTC(),
                properties);
        setup.run(new DefaultApplicationArguments());
    }

    @Test
    void theSetupPageRefusesAWrongCodeAndCreatesNothing() {
        var problem = setup.complete(request("WRONGCODE1"));

        assertThat(problem).map(FieldProblem::messageKey).contains("setup.code.wrong");
        verify(accounts, never()).insert(any());
    }

    @Test
    void theCodeFromTheLogCreatesTheOrganisationAndFirstAdminOnce() {
        String code = setup.currentSetupCode();

        assertThat(setup.complete(request(code.toLowerCase()))).isEmpty();
        verify(accounts).insert(any());
        assertThat(setup.currentSetupCode()).isNull();
        assertThat(setup.complete(request(code))).map(FieldProblem::messageKey).contains("setup.closed");
    }

    @Test
    void aWeakAdminPasswordIsRefusedAndTheCodeStaysValid() {
        String code = setup.currentSetupCode();

        var problem = setup.complete(
                new FirstAdminSetup.Request(code, "Riverside Clinic", "Jan", "jan@clinic.org", "password1"));

        assertThat(problem).map(FieldProblem::field).contains("password");
        assertThat(setup.currentSetupCode()).isEqualTo(code);
    }

    private static FirstAdminSetup.Request request(String code) {
        return new FirstAdminSetup.Request(
                code, "Riverside Clinic", "Jan", "jan@clinic.org", "Granite-Poppy-Ladder-63");
    }
}
