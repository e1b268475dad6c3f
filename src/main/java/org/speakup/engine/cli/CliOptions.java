package org.speakup.engine.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** {@code analyze [--in FILE] [--out FILE]}; either file may be left out for stdin / stdout. */
record CliOptions(@Nullable Path in, @Nullable Path out) {

    static final String USAGE = "usage: analyze [--in FILE] [--out FILE]  (JSON Lines; stdin and stdout by default)";

    static CliOptions parse(String[] args) {
        Path in = null;
        Path out = null;
        int i = args.length > 0 && args[0].equals("analyze") ? 1 : 0;
        while (i < args.length) {
            String option = args[i];
            if ((option.equals("--in") || option.equals("--out")) && i + 1 < args.length) {
                Path file = Path.of(args[i + 1]);
                if (option.equals("--in")) {
                    in = file;
                } else {
                    out = file;
                }
                i += 2;
            } else {
                throw new IllegalArgumentException("unknown or incomplete option '" + option + "'");
            }
        }
        return new CliOptions(in, out);
    }
}
