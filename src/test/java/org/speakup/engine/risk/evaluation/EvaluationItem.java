package org.speakup.engine.risk.evaluation;

import java.util.Map;

/** One labelled text of the evaluation set. */
record EvaluationItem(String id, String text, boolean crisis, String category, String family, String voice) {

    static EvaluationItem from(Map<String, String> json) {
        String label = json.getOrDefault("label", "");
        if (!label.equals("crisis") && !label.equals("none")) {
            throw new IllegalArgumentException("label must be crisis or none, was '" + label + "'");
        }
        return new EvaluationItem(
                json.getOrDefault("id", ""),
                json.getOrDefault("text", ""),
                label.equals("crisis"),
                json.getOrDefault("category", ""),
                json.getOrDefault("family", ""),
                json.getOrDefault("voice", ""));
    }
}
