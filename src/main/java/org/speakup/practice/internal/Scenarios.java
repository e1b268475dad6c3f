package org.speakup.practice.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.speakup.identity.AccountId;
import org.speakup.platform.AuditLog;
import org.speakup.practice.scenario.Scenario;
import org.speakup.practice.scenario.ScenarioLibrary;
import org.speakup.practice.scenario.ScenarioParser;
import org.speakup.practice.scenario.ScenarioProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every scenario a client can practise: the bundled content files plus the ones therapists added
 * in the browser. Added scenarios pass exactly the same validation and can never replace a
 * bundled one; their authors can remove them again.
 */
@Service
public class Scenarios {

    public record Custom(Scenario scenario, UUID author) {}

    private final ScenarioLibrary bundled;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Scenarios(ScenarioLibrary bundled, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.bundled = bundled;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Scenario> all() {
        List<Scenario> all = new ArrayList<>(bundled.all());
        custom().forEach(c -> all.add(c.scenario()));
        all.sort(Comparator.comparingInt(Scenario::difficulty).thenComparing(Scenario::title));
        return all;
    }

    public Optional<Scenario> find(String id) {
        return bundled.find(id)
                .or(() -> custom().stream()
                        .map(Custom::scenario)
                        .filter(s -> s.id().equals(id))
                        .findFirst());
    }

    public List<Custom> custom() {
        return jdbc.sql("SELECT id, content, created_by FROM custom_scenarios ORDER BY created_at")
                .query((rs, row) -> new Custom(
                        ScenarioParser.parse(rs.getString("content"), rs.getString("id")),
                        rs.getObject("created_by", UUID.class)))
                .list();
    }

    /** Adds a checked scenario; returns the problems (and stores nothing) when there are any. */
    public List<ScenarioProblem> add(AccountId therapist, String content, String source) {
        List<ScenarioProblem> problems = ScenarioLibrary.validate(content, source);
        if (!problems.isEmpty()) {
            return problems;
        }
        Scenario scenario = ScenarioParser.parse(content, source);
        if (find(scenario.id()).isPresent()) {
            return List.of(new ScenarioProblem(
                    source, "id", "'" + scenario.id() + "' is already in the library; choose another id"));
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        try {
            jdbc.sql(
                            "INSERT INTO custom_scenarios (id, content, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(scenario.id(), content, therapist.value(), now, now)
                    .update();
        } catch (DuplicateKeyException addedAtTheSameTime) {
            return List.of(new ScenarioProblem(source, "id", "'" + scenario.id() + "' is already in the library"));
        }
        audit.record(therapist.value(), "practice.scenario.added", "scenario", scenario.id(), null);
        return List.of();
    }

    /** Only the therapist who added a scenario may remove it; past sessions keep their transcripts. */
    public boolean remove(AccountId therapist, String id) {
        boolean removed = jdbc.sql("DELETE FROM custom_scenarios WHERE id = ? AND created_by = ?")
                        .params(id, therapist.value())
                        .update()
                == 1;
        if (removed) {
            audit.record(therapist.value(), "practice.scenario.removed", "scenario", id, null);
        }
        return removed;
    }
}
