package org.speakup.engine.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.speakup.engine.ReplyAnalyser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch CLI: {@code analyze [--in FILE] [--out FILE]}. Reads JSON Lines {@code {"id","text","situation"}} and
 * writes one analysis per line, in the same order; a bad line gets {@code {"id":...,"error":"..."}} and the run goes
 * on. Exit code 0, unless the options are wrong (2) or the input cannot be read or the output written (1).
 */
public final class AnalyzeCommand {

    /** Lines analysed together, in parallel, before their results are written in order. */
    private static final int CHUNK = 256;

    private AnalyzeCommand() {}

    /** Runs the engine alone, without the application: {@code java -cp ... org.speakup.engine.cli.AnalyzeCommand}. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        // Libraries that log to standard output (the tokenizer's platform notice) would corrupt the JSON Lines, so
        // anything printed to System.out while the command runs goes to the error stream instead.
        PrintStream systemOut = System.out;
        System.setOut(err);
        try {
            return run(args, in, out, err, ReplyAnalyser::bundled);
        } finally {
            System.setOut(systemOut);
        }
    }

    static int run(String[] args, InputStream in, OutputStream out, PrintStream err, Supplier<ReplyAnalyser> engine) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("analyze: " + e.getMessage());
            err.println(CliOptions.USAGE);
            return 2;
        }
        try (InputStream input = options.in() == null ? in : Files.newInputStream(options.in());
                OutputStream output = options.out() == null ? out : Files.newOutputStream(options.out())) {
            return analyseAll(new LineReader(new BufferedInputStream(input, 1 << 16)), output, engine, err);
        } catch (IOException e) {
            err.println("analyze: cannot read the input or write the output: " + e.getMessage());
            return 1;
        }
    }

    private static int analyseAll(
            LineReader reader, OutputStream output, Supplier<ReplyAnalyser> engine, PrintStream err)
            throws IOException {
        ReplyAnalyser analyser;
        try {
            analyser = engine.get();
        } catch (RuntimeException | Error e) {
            err.println("analyze: the analysis engine could not start: " + e.getMessage());
            return 1;
        }
        JsonMapper json = JsonMapper.builder().build();
        BatchAnalyser batch = new BatchAnalyser(analyser, json);
        Writer writer =
                new java.io.OutputStreamWriter(new BufferedOutputStream(output, 1 << 16), StandardCharsets.UTF_8);
        List<LineReader.Line> chunk = new ArrayList<>(CHUNK);
        LineReader.Line line;
        while ((line = reader.next()) != null) {
            chunk.add(line);
            if (chunk.size() == CHUNK) {
                write(batch.analyse(chunk), writer);
                chunk.clear();
            }
        }
        write(batch.analyse(chunk), writer);
        writer.flush();
        return 0;
    }

    private static void write(List<String> lines, Writer writer) throws IOException {
        for (String line : lines) {
            writer.write(line);
            writer.write('\n');
        }
    }
}
