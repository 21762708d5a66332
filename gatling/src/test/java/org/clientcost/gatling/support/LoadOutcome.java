package org.clientcost.gatling.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clientcost.reports.GatewayResult;

/**
 * What one configuration's Gatling JVM hands back to the matrix: its own count of the answers (warm-up and
 * measured apart), the time from first to last measured answer, and the measured response times. The matrix adds
 * both processes' /stats and writes the {@link GatewayResult}.
 */
public record LoadOutcome(long warmupOk, long warmupKo, long ok, long ko, double seconds, boolean boundedByDuration,
                          GatewayResult.Latency latencyMs) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Measured answers per second, first to last answer (the first answer starts the clock). */
    public double requestsPerSecond() {
        long answers = ok + ko;
        return seconds > 0 && answers > 1 ? (answers - 1) / seconds : 0.0;
    }

    /** One line: both phases' counts, and the measured rate and percentiles. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "warm-up %,d OK, %,d KO; measured %,d OK, %,d KO in %.2f s = %,.0f requests/s%s; "
                        + "p50 %.2f, p95 %.2f, p99 %.2f, p99.9 %.2f, max %.2f ms",
                warmupOk, warmupKo, ok, ko, seconds, requestsPerSecond(), boundedByDuration ? " (stopped by the time bound)" : "",
                latencyMs.p50(), latencyMs.p95(), latencyMs.p99(), latencyMs.p999(), latencyMs.max());
    }

    void write(Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(this));
    }

    static LoadOutcome read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), LoadOutcome.class);
    }
}
