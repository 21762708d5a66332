package org.clientcost.reports;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line of {@link DashboardMain}: {@code --root <project root> --out <dir>}, both required.
 * Anything wrong raises {@link IllegalArgumentException} with a one-line message.
 */
public record DashboardArguments(Path root, Path out) {

    public static final String USAGE = "usage: DashboardMain --root <project root dir> --out <output dir>";

    public static DashboardArguments parse(String... args) {
        Path root = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--root" -> root = path(arg, value(args, i++));
                case "--out" -> out = path(arg, value(args, i++));
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
        return new DashboardArguments(root.toAbsolutePath().normalize(), out.toAbsolutePath().normalize());
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
