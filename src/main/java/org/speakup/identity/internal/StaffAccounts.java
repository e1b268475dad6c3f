package org.speakup.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.speakup.identity.AccountId;
import org.speakup.identity.Role;
import org.speakup.identity.TherapistAccountCreated;
import org.speakup.platform.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Accounts an admin creates for therapists. They choose their own password from an e-mailed link. */
@Service
public class StaffAccounts {

    public sealed interface Result {}

    public record Created(Account account, boolean invitationSent) implements Result {}

    public record Rejected(FieldProblem problem) implements Result {}

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordResets resets;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(
            Accounts accounts,
            PasswordEncoder passwords,
            PasswordResets resets,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.resets = resets;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Result createTherapist(Account admin, String email, String displayName) {
        String normalised = EmailAddresses.normalise(email);
        if (!EmailAddresses.plausible(normalised)) {
            return new Rejected(FieldProblem.of("email", "signup.email.invalid"));
        }
        if (accounts.emailTaken(normalised)) {
            return new Rejected(FieldProblem.of("email", "signup.email.taken"));
        }
        var account = new Account(
                UUID.randomUUID(),
                admin.organisationId(),
                normalised,
                displayName.strip(),
                passwords.encode(unguessablePassword()),
                Role.THERAPIST,
                null,
                null,
                true,
                clock.instant());
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException raceWithAnotherRequest) {
            return new Rejected(FieldProblem.of("email", "signup.email.taken"));
        }
        audit.record(admin.id(), "account.therapist.created", "account", account.id(), null);
        events.publishEvent(new TherapistAccountCreated(account.accountId(), new AccountId(admin.id())));
        boolean sent = resets.sendInvitation(account, "therapist");
        return new Created(account, sent);
    }

    public List<Account> colleaguesOf(Account admin) {
        return accounts.inOrganisation(admin.organisationId());
    }

    /** Nobody knows this password; the account is usable once its owner sets one from the link. */
    private String unguessablePassword() {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }
}
