package org.speakup.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.speakup.identity.ClientSignedUp;
import org.speakup.identity.Role;
import org.speakup.identity.Track;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Client self sign-up: checks e-mail, password and age, then creates the account. */
@Service
public class SignUps {

    public record Request(String email, String displayName, String password, int birthYear) {}

    public sealed interface Result {}

    public record Created(Account account) implements Result {}

    public record Rejected(FieldProblem problem) implements Result {}

    /** Under 13: a kind refusal that gets its own page rather than a field error. */
    public record TooYoung(int joinFromYear) implements Result {}

    private final Accounts accounts;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignUps(
            Accounts accounts,
            Organisations organisations,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    public Result signUp(Request request) {
        String email = EmailAddresses.normalise(request.email());
        if (!EmailAddresses.plausible(email)) {
            return new Rejected(FieldProblem.of("email", "signup.email.invalid"));
        }
        Instant now = clock.instant();
        var age = AgeRule.decide(request.birthYear(), now.atZone(ZoneOffset.UTC).getYear());
        if (age instanceof AgeRule.NotPlausible) {
            return new Rejected(FieldProblem.of("birthYear", "signup.birthYear.implausible"));
        }
        if (age instanceof AgeRule.TooYoung tooYoung) {
            return new TooYoung(tooYoung.joinFromYear());
        }
        var problem = PasswordPolicy.check(request.password(), email, request.displayName());
        if (problem.isPresent()) {
            return new Rejected(FieldProblem.password(problem.get()));
        }
        var organisation = organisations.home();
        if (organisation.isEmpty()) {
            return new Rejected(FieldProblem.of("email", "signup.notReady"));
        }
        if (accounts.emailTaken(email)) {
            return new Rejected(FieldProblem.of("email", "signup.email.taken"));
        }
        Track track = ((AgeRule.Allowed) age).track();
        var account = new Account(
                UUID.randomUUID(),
                organisation.get(),
                email,
                request.displayName().strip(),
                passwords.encode(request.password()),
                Role.CLIENT,
                request.birthYear(),
                track,
                true,
                now);
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException raceWithAnotherSignUp) {
            return new Rejected(FieldProblem.of("email", "signup.email.taken"));
        }
        events.publishEvent(new ClientSignedUp(account.accountId(), track));
        return new Created(account);
    }
}
