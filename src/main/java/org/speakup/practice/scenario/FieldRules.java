package org.speakup.practice.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** SPEC.md's rules for the scenario's own fields: id format, lengths, difficulty, help. */
final class FieldRules {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Scenarios about bullying, harassment or a controlling partner must say where to get help.
     * Recognised by these words in the id, title or situation, which is how the bundled scenarios
     * and therapists' drafts name such situations; a therapist can always add help to any other.
     */
    private static final Pattern NEEDS_HELP =
            Pattern.compile("bull(y|ied|ies)|harass|controlling", Pattern.CASE_INSENSITIVE);

    private static final Pattern SECOND_PERSON =
            Pattern.compile("\\byou(r|'re|'ve|'d|'ll)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final Scenario scenario;
    private final Problems problems;

    FieldRules(Scenario scenario, Problems problems) {
        this.scenario = scenario;
        this.problems = problems;
    }

    void check() {
        id();
        if (scenario.version() != 1) {
            problems.add("version", "must be 1 (the only format version so far), but is " + scenario.version());
        }
        length("title", scenario.title(), 3, 80);
        if (scenario.difficulty() < 1 || scenario.difficulty() > 5) {
            problems.add(
                    "difficulty", "must be 1 (gentle) to 5 (hostile, persistent), but is " + scenario.difficulty());
        }
        counterpart();
        if (length("situation", scenario.situation(), 20, 600)
                && !SECOND_PERSON.matcher(scenario.situation()).find()) {
            problems.add("situation", "must speak to the user in the second person (\"You're at work ...\")");
        }
        length("suggestedObjective", scenario.suggestedObjective(), 5, 160);
        sources();
        help();
        endings();
    }

    private void id() {
        String id = scenario.id();
        if (id == null || !ID.matcher(id).matches() || id.length() < 3 || id.length() > 60) {
            problems.add(
                    "id",
                    "must be 3 to 60 lower-case letters and digits in words joined by '-', like"
                            + " work-extra-saturday-shift, but is '" + id + "'");
        }
    }

    private void counterpart() {
        Counterpart counterpart = scenario.counterpart();
        length("counterpart.name", counterpart.name(), 1, 40);
        String relationship = counterpart.relationship();
        if (length("counterpart.relationship", relationship, 2, 60) && !relationship.startsWith("your ")) {
            problems.add(
                    "counterpart.relationship", "must be written to the user, starting with 'your' (\"your manager\")");
        }
    }

    private void sources() {
        List<String> sources = scenario.sources();
        if (sources.isEmpty() || sources.size() > 3) {
            problems.add("sources", "must list 1 to 3 short references for the technique, but has " + sources.size());
        }
        for (int i = 0; i < sources.size(); i++) {
            length("sources[" + i + "]", sources.get(i), 3, 200);
        }
    }

    private void help() {
        String help = scenario.help();
        if (help != null) {
            length("help", help, 20, 400);
            return;
        }
        Matcher topic = NEEDS_HELP.matcher(String.join(" ", scenario.id(), scenario.title(), scenario.situation()));
        if (topic.find()) {
            problems.add(
                    "help",
                    "is required because this scenario is about bullying, harassment or a controlling"
                            + " partner (it mentions '" + topic.group() + "'): say calmly where to get help (a trusted"
                            + " adult, a teacher, HR, a helpline)");
        }
    }

    private void endings() {
        scenario.endings().forEach((ending, text) -> {
            String field = "endings." + ending.label();
            if (length(field, text, 10, 320) && SENTENCE_END.split(text.strip()).length > 2) {
                problems.add(field, "must be one or two sentences, warm and specific");
            }
        });
    }

    /** Lengths count the visible text, so YAML's trailing newline or indentation never decides. */
    private boolean length(String field, @Nullable String text, int min, int max) {
        int length = text == null ? 0 : text.strip().length();
        if (length < min || length > max) {
            problems.add(field, "must be " + min + " to " + max + " characters, but has " + length);
            return false;
        }
        return true;
    }
}
