package org.speakup.practice.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.speakup.identity.AccountId;
import org.speakup.practice.scenario.Scenario;
import org.springframework.stereotype.Service;

/** Summaries of finished role-plays, compared with the last attempt at the same scenario. */
@Service
public class Summaries {

    /** A line in the history: the session and its summary. */
    public record Entry(SessionState session, String title, Summary summary) {}

    private final Sessions sessions;
    private final PracticeSessions practice;
    private final Scenarios scenarios;

    Summaries(Sessions sessions, PracticeSessions practice, Scenarios scenarios) {
        this.sessions = sessions;
        this.practice = practice;
        this.scenarios = scenarios;
    }

    public Summary of(AccountId client, SessionState session) {
        List<Turn> turns = practice.turns(client, session.id());
        SessionState previous = sessions.history(client).stream()
                .filter(s -> s.scenarioId().equals(session.scenarioId()))
                .filter(SessionState::finished)
                .filter(s -> s.createdAt().isBefore(session.createdAt()))
                .findFirst()
                .orElse(null);
        @Nullable Summary before = previous == null ? null : Summary.of(previous, sessions.turns(previous.id()), null);
        return Summary.of(session, turns, before);
    }

    public List<Entry> history(AccountId client) {
        return sessions.history(client).stream()
                .map(s -> new Entry(
                        s,
                        scenarios.find(s.scenarioId()).map(Scenario::title).orElse(s.scenarioId()),
                        Summary.of(s, sessions.turns(s.id()), null)))
                .toList();
    }
}
