package org.speakup.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Latencies in microseconds by kind of request; one instance per virtual user, merged at the end. */
final class Latencies {

    private final Map<String, List<Long>> byKind = new TreeMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    void record(String kind, long micros) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(micros);
    }

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    void addAll(Latencies other) {
        other.byKind.forEach((kind, values) ->
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(values));
        other.counts.forEach((what, n) -> counts.merge(what, n, Integer::sum));
    }

    int size(String kind) {
        return byKind.getOrDefault(kind, List.of()).size();
    }

    int counted(String what) {
        return counts.getOrDefault(what, 0);
    }

    Map<String, Integer> counts() {
        return counts;
    }

    /** A table row per kind: count, p50, p90, p99, max in milliseconds. */
    String table(List<String> order) {
        var out = new StringBuilder(String.format(
                "| %-8s | %7s | %8s | %8s | %8s | %8s |%n",
                "request", "count", "p50 ms", "p90 ms", "p99 ms", "max ms"));
        out.append("|----------|--------:|---------:|---------:|---------:|---------:|\n");
        for (String kind : order) {
            long[] sorted = byKind.getOrDefault(kind, List.of()).stream()
                    .mapToLong(Long::longValue)
                    .toArray();
            if (sorted.length == 0) {
                continue;
            }
            Arrays.sort(sorted);
            out.append(String.format(
                    "| %-8s | %7d | %8.1f | %8.1f | %8.1f | %8.1f |%n",
                    kind,
                    sorted.length,
                    percentile(sorted, 50),
                    percentile(sorted, 90),
                    percentile(sorted, 99),
                    sorted[sorted.length - 1] / 1000.0));
        }
        return out.toString();
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }
}
