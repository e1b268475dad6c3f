package org.speakup.practice.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The bundled role-play scenarios, read and validated once at start-up. A broken file stops
 * start-up with a {@link ScenarioInvalid} whose message names every file and field at fault, so
 * a content mistake can never reach a client half-working.
 */
@Component
public class ScenarioLibrary {

    static final String FOLDER = "content/scenarios/";

    private static final Logger log = LoggerFactory.getLogger(ScenarioLibrary.class);
    private static final Comparator<Scenario> EASIEST_FIRST = Comparator.comparingInt(Scenario::difficulty)
            .thenComparing(Scenario::title)
            .thenComparing(Scenario::id);

    private final List<Scenario> all;
    private final Map<String, Scenario> byId = new HashMap<>();

    public ScenarioLibrary() {
        this("classpath:" + FOLDER);
    }

    /** Reads every {@code *.yaml} and {@code *.json} file in a folder given as a Spring resource location. */
    ScenarioLibrary(String folder) {
        Map<String, String> fileOfId = new HashMap<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Resource resource : resources(folder)) {
            String fileName = String.valueOf(resource.getFilename());
            String source = folder.substring(folder.indexOf(':') + 1) + fileName;
            Optional<Scenario> scenario = load(read(resource), source, problems);
            if (scenario.isEmpty()) {
                continue;
            }
            String id = scenario.get().id();
            String clash = fileOfId.putIfAbsent(id, source);
            if (clash != null) {
                problems.add(new ScenarioProblem(source, "id", "'" + id + "' is already used by " + clash));
            } else if (!fileName.equals(id + ".yaml") && !fileName.equals(id + ".json")) {
                problems.add(new ScenarioProblem(
                        source, "id", "is '" + id + "', but the file must be named after the id (" + id + ".yaml)"));
            } else {
                byId.put(id, scenario.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioInvalid(problems);
        }
        this.all = byId.values().stream().sorted(EASIEST_FIRST).toList();
        log.info("Loaded {} role-play scenarios from {}", all.size(), folder);
    }

    private static Optional<Scenario> load(String content, String source, List<ScenarioProblem> problems) {
        try {
            Scenario scenario = ScenarioParser.parse(content, source);
            List<ScenarioProblem> found = ScenarioValidator.check(scenario, source);
            problems.addAll(found);
            return found.isEmpty() ? Optional.of(scenario) : Optional.empty();
        } catch (ScenarioInvalid e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /** All scenarios, easiest first, then by title. */
    public List<Scenario> all() {
        return all;
    }

    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Checks an uploaded scenario (YAML or JSON) with the same rules as the bundled files. Never
     * throws: whatever is wrong comes back as problems for the author.
     */
    public static List<ScenarioProblem> validate(String content, String source) {
        try {
            return ScenarioValidator.check(ScenarioParser.parse(content, source), source);
        } catch (ScenarioInvalid e) {
            return e.problems();
        } catch (RuntimeException e) {
            // An upload is untrusted input; an unforeseen shape must become a message, not a 500.
            log.warn("Unexpected failure validating scenario {}", source, e);
            return List.of(new ScenarioProblem(source, ScenarioProblem.WHOLE_FILE, "could not be read as a scenario"));
        }
    }

    public static String toYaml(Scenario scenario) {
        return ScenarioWriter.yaml(scenario);
    }

    public static String toJson(Scenario scenario) {
        return ScenarioWriter.json(scenario);
    }

    private static List<Resource> resources(String folder) {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            List<Resource> found = new ArrayList<>();
            found.addAll(Arrays.asList(resolver.getResources(folder + "*.yaml")));
            found.addAll(Arrays.asList(resolver.getResources(folder + "*.json")));
            found.sort(Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list scenario files in " + folder, e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read scenario file " + resource.getFilename(), e);
        }
    }
}
