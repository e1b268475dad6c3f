package org.speakup.practice.scenario;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A small valid scenario (difficulty 2: an assertive reply is tested once) that a test breaks in
 * one place, so each test shows exactly one kind of mistake.
 */
final class ScenarioFixture {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    static final String VALID = """
            id: friends-borrow-the-car
            version: 1
            title: Lending the car again
            context: friends
            skill: saying_no
            track: adult
            difficulty: 2
            counterpart:
              name: Priya
              relationship: your flatmate
              temperament: pushy
            situation: >-
              It's Friday evening. Priya asks to borrow your car for the weekend again. Last time
              it came back with an empty tank, and you need it on Saturday.
            suggestedObjective: Say no to lending the car this weekend and stay on good terms.
            sources:
              - "Broken record (Smith, When I Say No, I Feel Guilty, 1975)"
            help: null
            start: opening
            steps:
              opening:
                lines:
                  - "Can I take the car this weekend? Pretty please?"
                  - "You're not using the car this weekend, are you?"
                next:
                  passive: pushes
                  assertive: test
                  aggressive: defensive
                  passive_aggressive: puzzled
              test:
                lines:
                  - "Oh come on, I'll fill it up this time, promise."
                  - "But I already told everyone I'd drive."
                next:
                  passive: pushes
                  assertive: respected
                  aggressive: defensive
                  passive_aggressive: puzzled
              pushes:
                lines:
                  - "Great, so I'll grab the keys tonight then."
                  - "Brilliant, I knew you wouldn't mind."
                next:
                  passive: gave_in_end
                  assertive: test
                  aggressive: defensive
                  passive_aggressive: puzzled
              defensive:
                lines:
                  - "Wow, no need to bite my head off."
                  - "Alright, calm down, I only asked."
                next:
                  passive: gave_in_end
                  assertive: test
                  aggressive: escalated_end
                  passive_aggressive: puzzled
              puzzled:
                lines:
                  - "Is that a yes or a no?"
                  - "What's that supposed to mean?"
                next:
                  passive: pushes
                  assertive: test
                  aggressive: defensive
                  passive_aggressive: pushes
              respected:
                lines:
                  - "OK, fair enough. I'll ask my brother."
                end: held_position
              gave_in_end:
                lines:
                  - "Cheers, you're a star."
                end: gave_in
              escalated_end:
                lines:
                  - "Forget it. I'll sort it out myself."
                end: escalated
            endings:
              held_position: You kept your no, kindly and clearly, even when Priya pushed.
              gave_in: You lent the car after all. Next time, try saying no in your first sentence.
              escalated: It got heated. Next time, keep your words about the car, not about Priya.
            """;

    private final ObjectNode tree = (ObjectNode) YAML.readTree(VALID);

    static ScenarioFixture valid() {
        return new ScenarioFixture();
    }

    /** Sets the field at a dotted path ({@code steps.test.next.assertive}) to a value of any shape. */
    ScenarioFixture set(String path, Object value) {
        JsonNode node = YAML.valueToTree(value);
        parentOf(path).set(last(path), node);
        return this;
    }

    ScenarioFixture remove(String path) {
        parentOf(path).remove(last(path));
        return this;
    }

    String yaml() {
        return YAML.writeValueAsString(tree);
    }

    String json() {
        return tree.toString();
    }

    private ObjectNode parentOf(String path) {
        ObjectNode node = tree;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            node = (ObjectNode) node.get(names[i]);
        }
        return node;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
