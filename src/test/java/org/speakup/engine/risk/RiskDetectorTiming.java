package org.speakup.engine.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A rough timing check, not a test: run its main method to see the cost of assessing 100-word
 * texts. Performance targets belong in benchmarks, never in timed unit tests.
 */
public final class RiskDetectorTiming {

    private static final String[] WORDS =
            ("I told my manager that I need the report by Friday and she said the deadline is killing her "
                            + "we talked about the film last night my phone died before I could call my mum back "
                            + "honestly I feel so tired and I cannot keep doing this job but I will try again tomorrow "
                            + "my friend said she wants to go home I want to cut the cake and die laughing at work")
                    .split(" ");

    private RiskDetectorTiming() {}

    public static void main(String[] args) {
        RiskDetector detector = new RiskDetector();
        List<String> texts = hundredWordTexts(2_000);
        for (int round = 0; round < 5; round++) {
            texts.forEach(detector::assess);
        }
        // Thread CPU time, so that other processes on a shared machine do not blur the figure.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long start = cpu.getCurrentThreadCpuTime();
            detector.assess(texts.get(i));
            nanos[i] = cpu.getCurrentThreadCpuTime() - start;
        }
        java.util.Arrays.sort(nanos);
        double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1000.0;
        System.out.printf(
                Locale.ROOT,
                "100-word texts (thread CPU time): mean %.1f µs, median %.1f µs, p99 %.1f µs, max %.1f µs%n",
                mean,
                nanos[nanos.length / 2] / 1000.0,
                nanos[(int) (nanos.length * 0.99)] / 1000.0,
                nanos[nanos.length - 1] / 1000.0);
    }

    private static List<String> hundredWordTexts(int count) {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 100; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
