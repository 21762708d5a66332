package org.clientcost.gatling.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * Reads the gateway's {@code GET /stats} (answered by the gateway itself, so it never reaches the upstream) over
 * the JDK's plain {@link HttpURLConnection}, in the matrix's JVM: none of the clients under test is involved.
 */
final class GatewayStatsReader {

    private static final int TIMEOUT_MS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private GatewayStatsReader() {
    }

    /** The gateway's counters at {@code base}/stats. */
    static GatewayStats fetch(URI base) {
        try {
            HttpURLConnection connection = (HttpURLConnection) base.resolve("/stats").toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MS);
            connection.setReadTimeout(TIMEOUT_MS);
            connection.setRequestProperty("Connection", "close");
            try {
                if (connection.getResponseCode() != 200) {
                    throw new IllegalStateException("gateway /stats at " + base + " answered " + connection.getResponseCode());
                }
                try (InputStream in = connection.getInputStream()) {
                    return new GatewayStats(JSON.readTree(in));
                }
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gateway /stats at " + base + ": " + e, e);
        }
    }

    /** The fields of the gateway's /stats the matrix uses (gateway/README.md, "/stats"). */
    record GatewayStats(JsonNode json) {

        long answered200() {
            return json.path("answered").path("200").asLong(0);
        }

        long upstreamErrors() {
            return json.path("upstreamErrors").asLong(-1);
        }

        long upstreamTimeouts() {
            return json.path("upstreamTimeouts").asLong(-1);
        }

        long overCapacity() {
            return json.path("overCapacity").asLong(-1);
        }

        long clientsBuilt() {
            return json.path("clientsBuilt").asLong(-1);
        }

        /** perRequest requests that waited for room below the gateway's thread limit (gateway/README.md). */
        long ceilingWaits() {
            return json.path("threadCeiling").path("waits").asLong(0);
        }

        long ceilingWaitedMillis() {
            return json.path("threadCeiling").path("waitedMs").asLong(0);
        }

        long peakThreads() {
            return json.path("threads").path("peak").asLong(-1);
        }

        long peakFileDescriptors() {
            return json.path("fileDescriptors").path("peak").asLong(-1);
        }
    }
}
