package org.clientcost.reports;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The names of the files a JMH run leaves beside its JSON result, the one rule the jmh launcher writes them by and
 * the dashboard finds them by: {@code jmh-result<suffix>.json} goes with {@code jmh-env<suffix>.json} and
 * {@code jmh-summary<suffix>.md}; any other {@code name.json} with {@code name-env.json} and {@code name-summary.md}.
 * An extra result format is the result's name with that format's extension ({@code jmh-result.csv}), like JMH's own
 * default file names. JDK classes only: the benchmarks jar's launcher uses it.
 */
public final class ResultFileNames {

    /** How the launcher's results are named (and what the dashboard looks for). */
    public static final String RESULT_PREFIX = "jmh-result";
    public static final String RESULT_GLOB = RESULT_PREFIX + "*.json";

    private static final String JSON = ".json";

    private ResultFileNames() {
    }

    /** The run's environment sidecar. */
    public static Path environmentOf(Path result) {
        return sibling(result, "env", JSON);
    }

    /** The run's summary table as Markdown. */
    public static Path markdownSummaryOf(Path result) {
        return sibling(result, "summary", ".md");
    }

    /** The result in another JMH format, named like JMH names it: {@code jmh-result.csv}, {@code jmh-result.text}. */
    public static Path formatOf(Path result, String formatName) {
        return result.resolveSibling(stem(result.getFileName().toString()) + "." + formatName.toLowerCase(Locale.ROOT));
    }

    private static Path sibling(Path result, String kind, String extension) {
        String stem = stem(result.getFileName().toString());
        String name = stem.startsWith(RESULT_PREFIX)
                ? "jmh-" + kind + stem.substring(RESULT_PREFIX.length()) + extension
                : stem + "-" + kind + extension;
        return result.resolveSibling(name);
    }

    private static String stem(String name) {
        return name.endsWith(JSON) ? name.substring(0, name.length() - JSON.length()) : name;
    }
}
