package org.speakup.engine.training;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.speakup.engine.Analysis;
import org.speakup.engine.DearManPart;
import org.speakup.engine.ReplyAnalyser;
import org.speakup.engine.Style;

/** Runs the full analyser over labelled replies and scores style, 'I' statements and DEAR MAN parts. */
final class Evaluation {

    final Confusion style =
            new Confusion(Arrays.stream(Style.values()).map(Style::label).toList());
    final Confusion iStatement = new Confusion(List.of("true", "false"));
    final Map<DearManPart, Confusion> dearMan = new EnumMap<>(DearManPart.class);
    /** Per hard-case tag: [right, total]. */
    final Map<String, int[]> hardCases = new TreeMap<>();

    private Evaluation() {
        for (DearManPart part : DearManPart.values()) {
            dearMan.put(part, new Confusion(List.of("yes", "no")));
        }
    }

    static Evaluation of(ReplyAnalyser analyser, List<LabelledReply> replies) {
        Evaluation e = new Evaluation();
        List<Analysis> results = replies.parallelStream()
                .map(r -> analyser.analyse(r.text(), r.situation()))
                .toList();
        for (int i = 0; i < replies.size(); i++) {
            e.add(replies.get(i), results.get(i));
        }
        return e;
    }

    private void add(LabelledReply truth, Analysis got) {
        style.add(truth.style().label(), got.style());
        iStatement.add(String.valueOf(truth.iStatement()), String.valueOf(got.iStatement()));
        for (DearManPart part : DearManPart.values()) {
            dearMan.get(part)
                    .add(
                            yesNo(truth.dearMan().contains(part)),
                            yesNo(got.dearMan().contains(part.label())));
        }
        if (!truth.hard().isEmpty()) {
            int[] tally = hardCases.computeIfAbsent(truth.hard(), k -> new int[2]);
            tally[0] += truth.style().label().equals(got.style()) ? 1 : 0;
            tally[1]++;
        }
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
