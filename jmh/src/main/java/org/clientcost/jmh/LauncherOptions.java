package org.clientcost.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The launcher's command line, as the jmh pom passes it from Maven properties (each option as {@code --name=value};
 * an empty value means "not set"):
 * <pre>
 *   --profile=quick|full|smoke   bench.profile   how long and how often (see {@link BenchProfile}); default quick
 *   --include=REGEX              bench.include   only benchmarks matching REGEX (JMH include syntax); default all
 *   --scheme=http|https          bench.scheme    only this scheme for the client cells; default: the profile's
 *   --jmh-args="..."             jmh.args        more JMH options, e.g. "-prof gc -f 2 -t 2"; they win over the profile
 *   --target-url=http://h:p      target.url      use this running server instead of starting one
 *   --result=PATH                (pom: target/jmh-result.json)  JMH JSON; jmh-env.json is written beside it
 * </pre>
 */
record LauncherOptions(BenchProfile profile, String include, String scheme, List<String> jmhArgs, String targetUrl,
                       Path result, boolean help) {

    /** The values of the benchmarks' {@code scheme} param. */
    static final List<String> SCHEMES = List.of("http", "https");

    static final String USAGE = String.join("\n",
            "usage: BenchmarkLauncher [--profile=quick|full|smoke] [--include=REGEX] [--scheme=http|https]",
            "                         [--jmh-args=\"JMH OPTIONS\"]",
            "                         [--target-url=http://127.0.0.1:PORT] [--result=PATH] [--help]",
            "  --profile     how long and how often: " + BenchProfile.keys() + " (default quick)",
            "  --include     only benchmarks whose name matches this regex (default: all)",
            "  --scheme      http or https: the client cells over this scheme only (default: the profile's; quick is http,",
            "                full and smoke run both)",
            "  --jmh-args    extra JMH options, e.g. \"-prof gc -f 2 -t 2\"; they override the profile",
            "  --target-url  use this already running target server instead of starting one",
            "  --result      JMH JSON result path (default jmh-result.json); jmh-env.json is written beside it");

    /** A bad option: the launcher prints the one-line message and exits with status 2. */
    static final class BadOptionException extends Exception {
        private static final long serialVersionUID = 1L;

        BadOptionException(String message) {
            super(message);
        }
    }

    static LauncherOptions parse(String... args) throws BadOptionException {
        BenchProfile profile = BenchProfile.QUICK;
        String include = "";
        String scheme = "";
        List<String> jmhArgs = List.of();
        String targetUrl = "";
        Path result = Path.of("jmh-result.json");
        boolean help = false;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new BadOptionException("unknown argument '" + arg + "' (options look like --name=value; see --help)");
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1).trim();
            switch (name) {
                case "profile" -> {
                    try {
                        profile = value.isEmpty() ? BenchProfile.QUICK : BenchProfile.byKey(value);
                    } catch (IllegalArgumentException e) {
                        throw new BadOptionException(e.getMessage());
                    }
                }
                case "include" -> {
                    try {
                        Pattern.compile(value);
                    } catch (PatternSyntaxException e) {
                        throw new BadOptionException("bench.include is not a valid regex: " + e.getDescription() + " in '" + value + "'");
                    }
                    include = value;
                }
                case "scheme" -> {
                    if (!value.isEmpty() && !SCHEMES.contains(value)) {
                        throw new BadOptionException("bench.scheme must be one of http, https (or empty for the profile's), got '"
                                + value + "'");
                    }
                    scheme = value;
                }
                case "jmh-args" -> jmhArgs = split(value);
                case "target-url" -> targetUrl = value;
                case "result" -> {
                    if (value.isEmpty()) {
                        throw new BadOptionException("--result needs a path");
                    }
                    result = Path.of(value);
                }
                default -> throw new BadOptionException("unknown option '--" + name + "' (see --help)");
            }
        }
        return new LauncherOptions(profile, include, scheme, jmhArgs, targetUrl, result, help);
    }

    /** Splits at whitespace; single or double quotes group words ({@code -jvmArgsAppend "-Da=1 -Db=2"}). */
    static List<String> split(String line) throws BadOptionException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new BadOptionException("jmh.args has an unclosed " + quote + " quote: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
