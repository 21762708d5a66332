package org.clientcost.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The gateway matrix side by side: for each endpoint, JDK, client and handler style, the newest singleton,
 * freshConnection and perRequest runs, and the throughput ratios of the two costly modes to singleton. Runs on
 * different JDKs are never compared with each other (JDK 17's client cannot be closed, JDK 25's can).
 */
public final class GatewayComparison {

    static final List<String> CLIENTS = List.of("jdk", "okhttp", "ahc");
    static final List<String> STYLES = List.of("sync", "async");

    private GatewayComparison() {
    }

    /**
     * One row: the newest run of each mode (empty when that mode was not run).
     *
     * @param endpoint the upstream endpoint, e.g. {@code /hello}
     * @param jdk      the JDK the gateway and the target server ran on
     */
    public record Row(String endpoint, String jdk, String client, String style, Optional<GatewayRun> singleton,
                      Optional<GatewayRun> freshConnection, Optional<GatewayRun> perRequest) {

        /** freshConnection throughput / singleton throughput, when both ran. */
        public Optional<Double> freshConnectionRatio() {
            return ratio(freshConnection);
        }

        /** perRequest throughput / singleton throughput, when both ran. */
        public Optional<Double> perRequestRatio() {
            return ratio(perRequest);
        }

        /**
         * Only between valid runs: a run with a KO or a cross-check mismatch counted refusals (e.g. 503 at the
         * gateway's thread limit) in its rate, so its rate answers no question.
         */
        private Optional<Double> ratio(Optional<GatewayRun> mode) {
            if (singleton.isEmpty() || mode.isEmpty() || !valid(singleton.get()) || !valid(mode.get())
                    || singleton.get().result().requestsPerSecond() <= 0) {
                return Optional.empty();
            }
            return Optional.of(mode.get().result().requestsPerSecond() / singleton.get().result().requestsPerSecond());
        }
    }

    /** {@link GatewayResult#passed()}, for a run. */
    public static boolean valid(GatewayRun run) {
        return run.result().passed();
    }

    /** Rows by endpoint, then JDK, then client (jdk, okhttp, ahc, others by name), then style (sync, async). */
    public static List<Row> rows(List<GatewayRun> runs) {
        Map<String, GatewayRun> newest = new LinkedHashMap<>();
        for (GatewayRun run : runs) {
            GatewayResult r = run.result();
            newest.merge(key(r.endpoint(), r.jdk(), r.client(), r.style(), r.mode()), run,
                    (a, b) -> a.result().date().compareTo(b.result().date()) >= 0 ? a : b);
        }
        List<String[]> groups = runs.stream()
                .map(r -> new String[] {r.result().endpoint(), r.result().jdk(), r.result().client(), r.result().style()})
                .filter(distinct())
                .sorted(Comparator.<String[], String>comparing(g -> g[0]).thenComparing(g -> g[1])
                        .thenComparingInt(g -> rank(CLIENTS, g[2])).thenComparing(g -> g[2])
                        .thenComparingInt(g -> rank(STYLES, g[3])).thenComparing(g -> g[3]))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (String[] g : groups) {
            rows.add(new Row(g[0], g[1], g[2], g[3],
                    Optional.ofNullable(newest.get(key(g[0], g[1], g[2], g[3], "singleton"))),
                    Optional.ofNullable(newest.get(key(g[0], g[1], g[2], g[3], "freshConnection"))),
                    Optional.ofNullable(newest.get(key(g[0], g[1], g[2], g[3], "perRequest")))));
        }
        return rows;
    }

    private static Predicate<String[]> distinct() {
        Set<String> seen = new HashSet<>();
        return g -> seen.add(String.join("\n", g));
    }

    private static String key(String... parts) {
        return String.join("\n", parts);
    }

    private static int rank(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }
}
