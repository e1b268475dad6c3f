package org.speakup.practice.scenario;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One turn of the counterpart: several phrasings of what they say, then either where to go after
 * each style of reply ({@code next}) or how the conversation ends ({@code end}); never both.
 */
public record Step(
        String id,
        List<String> lines,
        Map<ReplyStyle, String> next,
        @Nullable Ending end) {

    public Step {
        lines = List.copyOf(lines);
        next = Map.copyOf(next);
    }

    public boolean isEnd() {
        return end != null;
    }
}
