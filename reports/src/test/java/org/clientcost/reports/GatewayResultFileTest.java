package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway result file: what the gatling module writes is what the dashboard reads, and bad files are one line. */
class GatewayResultFileTest {

    @TempDir
    Path dir;

    @Test
    void readsARealResultWithEveryFieldAsTheJsonHoldsIt() throws IOException {
        Path file = FixtureRoot.fixture(FixtureRoot.GATEWAY + "/" + FixtureRoot.GATEWAY_JDK_PER_REQUEST + "/" + GatewayResultFile.NAME);
        JsonNode raw = new ObjectMapper().readTree(file.toFile());
        GatewayResult result = GatewayResultFile.read(file);
        assertEquals("jdk perRequest sync", result.configuration());
        assertEquals(raw.get("ok").asLong(), result.ok());
        assertEquals(raw.get("requestsPerSecond").asDouble(), result.requestsPerSecond());
        assertEquals(raw.get("latencyMs").get("p99").asDouble(), result.latencyMs().p99());
        assertEquals(raw.get("peakThreads").asLong(), result.peakThreads());
        assertEquals(raw.get("boundedByDuration").asBoolean(), result.boundedByDuration());
        assertTrue(result.matched(), result.crossCheck());
    }

    @Test
    void writtenThenReadGivesTheSameResult() throws IOException {
        GatewayResult result = new GatewayResult("ahc", "freshConnection", "async", "/bytes/16384", 64, 1_000_000, 60,
                20, true, 100, 0, 12_345, 0, 59.9, 206.1, new GatewayResult.Latency(1.5, 2.5, 3.5, 4.5, 5.5), 4852.0,
                12_445, 1.0, 2, 1, 40, 120, "MISMATCH: something", "JDK 17", "2 CPUs", "2026-12-03T14:00:00Z");
        Path file = GatewayResultFile.write(dir, result);
        assertEquals(dir.resolve(GatewayResultFile.NAME), file);
        GatewayResult back = GatewayResultFile.read(file);
        assertEquals(result, back);
        assertFalse(back.matched());
    }

    @Test
    void aFileThatIsNotAResultIsOneLineNamingIt() throws IOException {
        Path notJson = Files.writeString(dir.resolve("broken.json"), "{\"client\": ");
        IOException broken = assertThrows(IOException.class, () -> GatewayResultFile.read(notJson));
        assertTrue(broken.getMessage().startsWith(notJson.toString()) && !broken.getMessage().contains("\n"), broken.getMessage());

        Path partial = Files.writeString(dir.resolve("partial.json"), "{\"client\": \"jdk\", \"mode\": \"singleton\"}");
        IOException missing = assertThrows(IOException.class, () -> GatewayResultFile.read(partial));
        assertTrue(missing.getMessage().contains("not a gateway result"), missing.getMessage());
    }
}
