package org.clientcost.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Builds the dashboard: {@code DashboardMain --root <project root> --out <dir> [--jmh newest|FILE|DIR[,...]]...}.
 * Reads the chosen JMH runs (default: the newest, each with its jmh-env sidecar) and every Gatling run under the root,
 * writes {@code <dir>/index.html}
 * with its assets, and prints {@code dashboard: file:///.../index.html}.
 * Exit codes: 0 written, 1 results could not be read or the page not written, 2 bad arguments.
 */
public final class DashboardMain {

    private DashboardMain() {
    }

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Same as {@link #main} without exiting the JVM (exec:java and tests call it in-process). */
    public static int run(String... args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(DashboardArguments.USAGE);
            return 0;
        }
        DashboardArguments arguments;
        try {
            arguments = DashboardArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dashboard: " + e.getMessage());
            return 2;
        }
        try {
            Path index = build(arguments);
            System.out.println("dashboard: " + index.toUri());
            return 0;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            System.err.println("dashboard: not written: " + oneLine(e));
            return 1;
        }
    }

    /** Loads the newest JMH run and the Gatling runs under {@code root} and writes the dashboard into {@code out}. */
    public static Path build(Path root, Path out) throws IOException {
        return build(DashboardArguments.newestOnly(root, out));
    }

    /** Loads the results the arguments name and writes the dashboard; returns index.html. */
    public static Path build(DashboardArguments arguments) throws IOException {
        DashboardInput input = DashboardInput.load(arguments);
        input.warnings().forEach(w -> System.err.println("dashboard: " + w));
        return DashboardWriter.write(input, arguments.out());
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
