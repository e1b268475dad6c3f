package org.speakup.engine.training;

import java.util.List;
import java.util.Locale;

/** A confusion matrix over named classes, with per-class precision, recall and F1. */
final class Confusion {

    private final List<String> classes;
    private final int[][] counts;

    Confusion(List<String> classes) {
        this.classes = List.copyOf(classes);
        this.counts = new int[classes.size()][classes.size()];
    }

    void add(String truth, String predicted) {
        counts[classes.indexOf(truth)][classes.indexOf(predicted)]++;
    }

    int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    int supportOf(int k) {
        int n = 0;
        for (int c : counts[k]) {
            n += c;
        }
        return n;
    }

    double accuracy() {
        int right = 0;
        for (int i = 0; i < classes.size(); i++) {
            right += counts[i][i];
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    double precision(int k) {
        int predicted = 0;
        for (int[] row : counts) {
            predicted += row[k];
        }
        return predicted == 0 ? 0 : (double) counts[k][k] / predicted;
    }

    double recall(int k) {
        int actual = 0;
        for (int c : counts[k]) {
            actual += c;
        }
        return actual == 0 ? 0 : (double) counts[k][k] / actual;
    }

    double f1(int k) {
        double p = precision(k);
        double r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double macroF1() {
        double sum = 0;
        for (int k = 0; k < classes.size(); k++) {
            sum += f1(k);
        }
        return sum / classes.size();
    }

    String table() {
        StringBuilder md = new StringBuilder("| class | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
        for (int k = 0; k < classes.size(); k++) {
            int support = 0;
            for (int c : counts[k]) {
                support += c;
            }
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f | %d |%n",
                    classes.get(k),
                    precision(k),
                    recall(k),
                    f1(k),
                    support));
        }
        md.append(String.format(Locale.ROOT, "| **macro** | | | **%.3f** | %d |%n", macroF1(), total()));
        return md.toString();
    }

    String matrix() {
        StringBuilder md = new StringBuilder("| true \\ predicted |");
        classes.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n|---|").append("---|".repeat(classes.size())).append('\n');
        for (int i = 0; i < classes.size(); i++) {
            md.append("| ").append(classes.get(i)).append(" |");
            for (int j = 0; j < classes.size(); j++) {
                md.append(' ').append(counts[i][j]).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
