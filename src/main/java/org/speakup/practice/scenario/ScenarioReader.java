package org.speakup.practice.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a parsed tree into the records, by hand rather than by data binding: the step id is a
 * map key, and the author needs the exact path of every wrong field, not a binding stack trace.
 */
final class ScenarioReader {

    private static final Set<String> FIELDS = Set.of(
            "id",
            "version",
            "title",
            "context",
            "skill",
            "track",
            "difficulty",
            "counterpart",
            "situation",
            "suggestedObjective",
            "sources",
            "help",
            "start",
            "steps",
            "endings");
    private static final Set<String> COUNTERPART_FIELDS = Set.of("name", "relationship", "temperament");
    private static final Set<String> STEP_FIELDS = Set.of("lines", "next", "end");

    private final Problems problems;
    private final Fields fields;

    ScenarioReader(String source) {
        this.problems = new Problems(source);
        this.fields = new Fields(problems);
    }

    Scenario scenario(JsonNode root) {
        fields.rejectUnknown(root, "", FIELDS);
        String id = fields.text(root, "", "id");
        int version = fields.integer(root, "", "version");
        String title = fields.text(root, "", "title");
        Context context = fields.choice(root, "", "context", Context.class);
        Skill skill = fields.choice(root, "", "skill", Skill.class);
        Audience track = fields.choice(root, "", "track", Audience.class);
        int difficulty = fields.integer(root, "", "difficulty");
        Counterpart counterpart = counterpart(root);
        String situation = fields.text(root, "", "situation");
        String objective = fields.text(root, "", "suggestedObjective");
        List<String> sources = fields.texts(root, "", "sources");
        String help = fields.optionalText(root, "", "help");
        String start = fields.text(root, "", "start");
        Map<String, Step> steps = steps(root);
        Map<Ending, String> endings = endings(root);
        if (!problems.isEmpty()) {
            throw new ScenarioInvalid(problems.list());
        }
        return new Scenario(
                id,
                version,
                title,
                context,
                skill,
                track,
                difficulty,
                counterpart,
                situation,
                objective,
                sources,
                help,
                start,
                steps,
                endings);
    }

    private @Nullable Counterpart counterpart(JsonNode root) {
        JsonNode node = fields.object(root, "", "counterpart");
        if (node == null) {
            return null;
        }
        fields.rejectUnknown(node, "counterpart", COUNTERPART_FIELDS);
        return new Counterpart(
                fields.text(node, "counterpart", "name"),
                fields.text(node, "counterpart", "relationship"),
                fields.choice(node, "counterpart", "temperament", Temperament.class));
    }

    private Map<String, Step> steps(JsonNode root) {
        JsonNode node = fields.object(root, "", "steps");
        Map<String, Step> steps = new LinkedHashMap<>();
        if (node != null) {
            node.properties().forEach(entry -> {
                Step step = step(entry.getKey(), entry.getValue());
                if (step != null) {
                    steps.put(entry.getKey(), step);
                }
            });
        }
        return steps;
    }

    private @Nullable Step step(String id, JsonNode node) {
        String path = "steps." + id;
        if (!node.isObject()) {
            problems.add(path, "must be a mapping with lines and either next or end");
            return null;
        }
        fields.rejectUnknown(node, path, STEP_FIELDS);
        List<String> lines = fields.texts(node, path, "lines");
        Map<ReplyStyle, String> next = new LinkedHashMap<>();
        if (node.has("next")) {
            JsonNode targets = fields.object(node, path, "next");
            if (targets != null) {
                targets.properties().forEach(target -> {
                    String at = path + ".next." + target.getKey();
                    ReplyStyle style = Fields.byLabel(ReplyStyle.class, target.getKey());
                    String step = fields.text(targets, path + ".next", target.getKey());
                    if (style == null) {
                        problems.add(
                                at, "'" + target.getKey() + "' is not a reply style; use " + labels(ReplyStyle.class));
                    } else if (step != null) {
                        next.put(style, step);
                    }
                });
            }
        }
        Ending end = node.has("end") ? fields.choice(node, path, "end", Ending.class) : null;
        return new Step(id, lines, next, end);
    }

    private Map<Ending, String> endings(JsonNode root) {
        JsonNode node = fields.object(root, "", "endings");
        Map<Ending, String> endings = new LinkedHashMap<>();
        if (node != null) {
            node.properties().forEach(entry -> {
                Ending ending = Fields.byLabel(Ending.class, entry.getKey());
                String text = fields.text(node, "endings", entry.getKey());
                if (ending == null) {
                    problems.add(
                            "endings." + entry.getKey(),
                            "'" + entry.getKey() + "' is not a way to end; use " + labels(Ending.class));
                } else if (text != null) {
                    endings.put(ending, text);
                }
            });
        }
        return endings;
    }

    static <E extends Enum<E>> String labels(Class<E> type) {
        return Stream.of(type.getEnumConstants()).map(Fields::label).collect(Collectors.joining(", "));
    }
}
