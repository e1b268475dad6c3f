package org.speakup.practice.scenario;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a scenario in the file format {@link ScenarioParser} reads, fields in SPEC.md's order and
 * steps in conversation order, so an exported file reads like a hand-written one.
 */
final class ScenarioWriter {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            // One line per text: folded lines come out as escaped fragments that no author wants to edit.
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ScenarioWriter() {}

    static String yaml(Scenario scenario) {
        return YAML.writeValueAsString(tree(scenario));
    }

    static String json(Scenario scenario) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(scenario));
    }

    private static ObjectNode tree(Scenario scenario) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("id", scenario.id());
        root.put("version", scenario.version());
        root.put("title", scenario.title());
        root.put("context", scenario.context().label());
        root.put("skill", scenario.skill().label());
        root.put("track", scenario.track().label());
        root.put("difficulty", scenario.difficulty());
        ObjectNode counterpart = root.putObject("counterpart");
        counterpart.put("name", scenario.counterpart().name());
        counterpart.put("relationship", scenario.counterpart().relationship());
        counterpart.put("temperament", scenario.counterpart().temperament().label());
        root.put("situation", scenario.situation());
        root.put("suggestedObjective", scenario.suggestedObjective());
        scenario.sources().forEach(root.putArray("sources")::add);
        root.put("help", scenario.help());
        root.put("start", scenario.start());
        ObjectNode steps = root.putObject("steps");
        for (String id : new DialogueGraph(scenario).order()) {
            step(steps.putObject(id), scenario.step(id));
        }
        ObjectNode endings = root.putObject("endings");
        for (Ending ending : Ending.values()) {
            if (scenario.endings().containsKey(ending)) {
                endings.put(ending.label(), scenario.endings().get(ending));
            }
        }
        return root;
    }

    private static void step(ObjectNode node, Step step) {
        step.lines().forEach(node.putArray("lines")::add);
        if (!step.next().isEmpty()) {
            ObjectNode next = node.putObject("next");
            for (ReplyStyle style : ReplyStyle.values()) {
                if (step.next().containsKey(style)) {
                    next.put(style.label(), step.next().get(style));
                }
            }
        }
        if (step.end() != null) {
            node.put("end", step.end().label());
        }
    }
}
