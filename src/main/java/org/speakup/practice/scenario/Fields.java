package org.speakup.practice.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one field of a parsed tree, reporting a missing field or a wrong type at its exact path
 * and returning null (or an empty list) so reading can go on and find the other problems too.
 */
final class Fields {

    private final Problems problems;

    Fields(Problems problems) {
        this.problems = problems;
    }

    /** A misspelt field would otherwise be ignored, and the author would not know why it has no effect. */
    void rejectUnknown(JsonNode node, String prefix, Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(at(prefix, name), "is not a known field; expected one of " + String.join(", ", known));
            }
        }
    }

    @Nullable
    String text(JsonNode parent, String prefix, String name) {
        JsonNode node = present(parent, prefix, name);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            problems.add(at(prefix, name), "must be text, but is " + kind(node));
            return null;
        }
        return node.stringValue();
    }

    /** Only {@code help} is optional: left out or null both mean "no help text". */
    @Nullable
    String optionalText(JsonNode parent, String prefix, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : text(parent, prefix, name);
    }

    /** Zero stands in for a wrong value; the scenario is rejected anyway because a problem is recorded. */
    int integer(JsonNode parent, String prefix, String name) {
        JsonNode node = present(parent, prefix, name);
        if (node == null) {
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(at(prefix, name), "must be a whole number, but is " + kind(node));
            return 0;
        }
        return node.intValue();
    }

    List<String> texts(JsonNode parent, String prefix, String name) {
        JsonNode node = present(parent, prefix, name);
        List<String> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        if (!node.isArray()) {
            problems.add(at(prefix, name), "must be a list of texts, but is " + kind(node));
            return texts;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isString()) {
                texts.add(item.stringValue());
            } else {
                problems.add(at(prefix, name) + "[" + i + "]", "must be text, but is " + kind(item));
            }
        }
        return texts;
    }

    @Nullable
    JsonNode object(JsonNode parent, String prefix, String name) {
        JsonNode node = present(parent, prefix, name);
        if (node != null && !node.isObject()) {
            problems.add(at(prefix, name), "must be a mapping, but is " + kind(node));
            return null;
        }
        return node;
    }

    <E extends Enum<E>> @Nullable E choice(JsonNode parent, String prefix, String name, Class<E> type) {
        String value = text(parent, prefix, name);
        if (value == null) {
            return null;
        }
        E choice = byLabel(type, value);
        if (choice == null) {
            problems.add(at(prefix, name), "'" + value + "' is not one of " + ScenarioReader.labels(type));
        }
        return choice;
    }

    /** Files use the lower-case label exactly ({@code guilt_tripping}); other spellings are mistakes. */
    static <E extends Enum<E>> @Nullable E byLabel(Class<E> type, String label) {
        for (E constant : type.getEnumConstants()) {
            if (label(constant).equals(label)) {
                return constant;
            }
        }
        return null;
    }

    static String label(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private @Nullable JsonNode present(JsonNode parent, String prefix, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            problems.add(at(prefix, name), "is missing");
            return null;
        }
        return node;
    }

    private static String at(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    private static String kind(JsonNode node) {
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return "'" + node.asString() + "'";
    }
}
