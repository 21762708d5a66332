package org.clientcost.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line of {@link DashboardMain}: {@code --root <project root> --out <dir> [--jmh SPEC]...}.
 * Each {@code --jmh} value is a comma-separated list of {@value #NEWEST} (the newest {@code jmh/target/jmh-result*.json}),
 * JMH JSON files, and directories (every {@code jmh-result*.json} in them); relative paths are taken from the root.
 * Without {@code --jmh}, the newest run alone. Anything wrong raises {@link IllegalArgumentException} with a one-line
 * message.
 *
 * @param root     the project root
 * @param out      the output directory
 * @param jmhFiles the JMH result files named explicitly (files, and the files of named directories), in order
 * @param newest   whether the newest run under the root is loaded too
 */
public record DashboardArguments(Path root, Path out, List<Path> jmhFiles, boolean newest) {

    public static final String NEWEST = "newest";

    public static final String USAGE = "usage: DashboardMain --root <project root dir> --out <output dir> "
            + "[--jmh newest|<file.json>|<dir>[,...]]...";

    public DashboardArguments {
        jmhFiles = List.copyOf(jmhFiles);
    }

    public static DashboardArguments parse(String... args) {
        Path root = null;
        Path out = null;
        List<String> jmh = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--root" -> root = path(arg, value(args, i++));
                case "--out" -> out = path(arg, value(args, i++));
                case "--jmh" -> jmh.add(value(args, i++));
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'; " + USAGE);
            }
        }
        if (root == null || out == null) {
            throw new IllegalArgumentException((root == null ? "--root" : "--out") + " is required; " + USAGE);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("--root " + root + " is not a directory");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " exists and is not a directory");
        }
        Path absoluteRoot = root.toAbsolutePath().normalize();
        boolean newest = jmh.isEmpty();
        List<Path> files = new ArrayList<>();
        for (String value : jmh) {
            for (String item : value.split(",", -1)) {
                String spec = item.trim();
                if (spec.equals(NEWEST)) {
                    newest = true;
                } else {
                    files.addAll(jmhFiles(absoluteRoot, spec));
                }
            }
        }
        return new DashboardArguments(absoluteRoot, out.toAbsolutePath().normalize(), files, newest);
    }

    /** The arguments that read the newest JMH run under {@code root} and write into {@code out}. */
    public static DashboardArguments newestOnly(Path root, Path out) {
        return new DashboardArguments(root, out, List.of(), true);
    }

    private static List<Path> jmhFiles(Path root, String spec) {
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("--jmh has an empty entry; " + USAGE);
        }
        Path path = root.resolve(path("--jmh", spec)).normalize();
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("--jmh " + spec + ": no such file or directory (" + path + ")");
        }
        try {
            List<Path> found = ResultLocator.jmhResultsIn(path);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("--jmh " + spec + ": no " + ResultLocator.JMH_RESULT_GLOB + " in " + path);
            }
            return found;
        } catch (IOException e) {
            throw new IllegalArgumentException("--jmh " + spec + ": cannot list " + path + ": " + e.getMessage());
        }
    }

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
        }
        return args[i + 1];
    }

    private static Path path(String option, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(option + " must not be empty");
        }
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a valid path");
        }
    }
}
