package org.clientcost.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * One Gatling run directory ({@code gatling/target/gatling/<simulation>-<timestamp>/}) reduced to the global
 * statistics of its {@code index.html} report.
 *
 * @param directory      the run directory
 * @param simulation     the simulation name
 * @param description    the run description ({@code -Dgatling.runDescription}), or "" when the run had none
 * @param startedAt      the run's date as the report shows it (e.g. "2026-11-21 10:15:18 GMT"), or ""
 * @param requests       all requests
 * @param ok             successful requests
 * @param ko             failed requests
 * @param meanRps        mean requests per second over the run
 * @param percentiles    the four response-time percentiles of the report, in report order (ms)
 * @param maxMillis      maximum response time (ms)
 * @param meanMillis     mean response time (ms)
 */
public record GatlingRun(Path directory, String simulation, String description, String startedAt, long requests, long ok, long ko,
                         double meanRps, List<Percentile> percentiles, long maxMillis, long meanMillis) {

    public GatlingRun {
        percentiles = List.copyOf(percentiles);
    }

    /** A response-time percentile: its rank (e.g. 95.0) and value in milliseconds. */
    public record Percentile(double rank, long millis) {
    }

    public Path reportIndex() {
        return directory.resolve("index.html");
    }

    /** The value of the percentile with this rank, or -1 when the report was configured without it. */
    public long percentile(double rank) {
        return percentiles.stream().filter(p -> p.rank() == rank).mapToLong(Percentile::millis).findFirst().orElse(-1);
    }
}
