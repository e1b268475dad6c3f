package org.speakup.practice.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SPEC.md's rules for the dialogue graph: 6-12 steps, every step reachable, an answer for every
 * reply style, no dead ends, every required ending reachable, a text for every ending used.
 */
final class GraphRules {

    private static final Pattern STEP_ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<Ending> ALWAYS_REACHABLE = Set.of(Ending.HELD_POSITION, Ending.GAVE_IN, Ending.ESCALATED);

    private final Scenario scenario;
    private final Problems problems;
    private final DialogueGraph graph;

    GraphRules(Scenario scenario, Problems problems, DialogueGraph graph) {
        this.scenario = scenario;
        this.problems = problems;
        this.graph = graph;
    }

    /** Returns whether every step is well formed, so that walking the graph means something. */
    boolean check() {
        int count = scenario.steps().size();
        if (count < 6 || count > 12) {
            problems.add("steps", "has " + count + " steps; a scenario needs 6 to 12");
        }
        boolean sound = scenario.steps().containsKey(scenario.start());
        if (!sound) {
            problems.add("start", "'" + scenario.start() + "' is not one of the steps");
        }
        for (String id : graph.order()) {
            sound &= step(id, scenario.step(id));
        }
        if (scenario.steps().containsKey(scenario.start())) {
            reachability();
            endsReachable();
        }
        endingTexts();
        return sound;
    }

    private boolean step(String id, Step step) {
        String path = "steps." + id;
        if (!STEP_ID.matcher(id).matches()) {
            problems.add(path, "step ids are lower-case words joined by '_', starting with a letter");
        }
        if (!id.equals(step.id())) {
            problems.add(path, "holds a step whose id is '" + step.id() + "'");
        }
        if (step.isEnd()) {
            lines(path, step.lines(), 1, 3);
            if (!step.next().isEmpty()) {
                problems.add(
                        path, "has both next and end; a step either goes on (next) or finishes the conversation (end)");
                return false;
            }
            return true;
        }
        lines(path, step.lines(), 2, 4);
        if (step.next().isEmpty()) {
            problems.add(path, "has neither next nor end; say where each style of reply leads, or how it ends");
            return false;
        }
        return targets(path, id, step);
    }

    private boolean targets(String path, String id, Step step) {
        boolean sound = true;
        for (ReplyStyle style : ReplyStyle.values()) {
            String field = path + ".next." + style.label();
            String target = step.next().get(style);
            if (target == null) {
                problems.add(field, "is missing: every step needs an answer for each reply style");
                sound = false;
            } else if (!scenario.steps().containsKey(target)) {
                problems.add(field, "points to '" + target + "', which is not a step");
                sound = false;
            } else if (target.equals(id)) {
                problems.add(field, "leads back to the same step, so the counterpart would repeat themselves");
            }
        }
        return sound;
    }

    private void lines(String path, List<String> lines, int min, int max) {
        String kind = min == 1 ? "an end step" : "a step that goes on";
        if (lines.size() < min || lines.size() > max) {
            problems.add(
                    path + ".lines",
                    "has " + lines.size() + " phrasings; " + kind + " needs " + min + " to " + max
                            + ", so repeat practice does not feel canned");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String field = path + ".lines[" + i + "]";
            if (line.length() < 3 || line.length() > 300) {
                problems.add(field, "must be 3 to 300 characters, but has " + line.length());
            } else if (!seen.add(line)) {
                problems.add(field, "repeats an earlier phrasing of this step");
            }
        }
    }

    private void reachability() {
        Set<String> reachable = graph.reachableFromStart();
        Set<String> canEnd = graph.stepsThatCanEnd();
        for (String id : graph.order()) {
            if (!reachable.contains(id)) {
                problems.add("steps." + id, "cannot be reached from the start step '" + scenario.start() + "'");
            }
            if (!canEnd.contains(id)) {
                problems.add(
                        "steps." + id,
                        "is a dead end: no reply from here ever reaches an end step, so the"
                                + " conversation could go round forever");
            }
        }
    }

    private void endsReachable() {
        Set<Ending> reachable = graph.endsReachableFrom(scenario.start());
        for (Ending ending : Ending.values()) {
            boolean required = ALWAYS_REACHABLE.contains(ending)
                    || (ending == Ending.COMPROMISE && scenario.skill() == Skill.NEGOTIATING);
            if (required && !reachable.contains(ending)) {
                problems.add(
                        "steps",
                        "no sequence of replies can reach the ending '" + ending.label() + "'; every"
                                + " scenario needs held_position, gave_in and escalated (and compromise when negotiating)");
            }
        }
    }

    private void endingTexts() {
        Set<Ending> reported = new HashSet<>();
        for (String id : graph.order()) {
            Ending ending = scenario.step(id).end();
            if (ending != null && !scenario.endings().containsKey(ending) && reported.add(ending)) {
                problems.add(
                        "endings." + ending.label(),
                        "is missing: step '" + id + "' ends with " + ending.label()
                                + ", so the summary needs a text for it");
            }
        }
    }
}
