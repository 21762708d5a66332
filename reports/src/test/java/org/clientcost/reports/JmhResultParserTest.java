package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhResultParserTest {

    @TempDir
    Path tmp;

    @Test
    void readsEveryRowOfARealJmhFile() throws IOException {
        JmhResultFile file = JmhResultParser.parse(FixtureRoot.fixture(FixtureRoot.JMH_RESULT));
        List<JmhCell> rows = file.results();
        // 3 clients x 3 modes x 2 payloads, for sync and async, plus 2 baselines x 2 payloads.
        assertEquals(40, rows.size());
        assertEquals(4, rows.stream().filter(JmhCell::baseline).count());
        assertEquals(18, rows.stream().filter(r -> !r.baseline() && r.callStyle().equals(CallStyle.SYNC)).count());
        assertEquals(18, rows.stream().filter(r -> !r.baseline() && r.callStyle().equals(CallStyle.ASYNC)).count());
        assertEquals("1.37", file.settings().jmhVersion());
        assertEquals(3, file.settings().measurementIterations());
    }

    @Test
    void cellsWithAnotherWarmupAreCountedBesideTheMostCommonOne() throws IOException {
        assertEquals(List.of(), JmhResultParser.parse(FixtureRoot.fixture(FixtureRoot.JMH_RESULT)).settings().otherWarmups());
        com.fasterxml.jackson.databind.node.ArrayNode rows = (com.fasterxml.jackson.databind.node.ArrayNode)
                JmhResultParser.JSON.readTree(FixtureRoot.fixture(FixtureRoot.JMH_RESULT).toFile());
        for (int i = 0; i < 2; i++) { // the first rows too: the settings are the most common ones, not the first row's
            ((com.fasterxml.jackson.databind.node.ObjectNode) rows.get(i)).put("warmupIterations", 8);
        }
        Path file = tmp.resolve("two-longer.json");
        Files.writeString(file, rows.toString(), StandardCharsets.UTF_8);
        JmhRunSettings settings = JmhResultParser.parse(file).settings();
        assertEquals(1, settings.warmupIterations());
        assertEquals(List.of("8 x 1000 ms for 2 of 40 cells"), settings.otherWarmups());
    }

    @Test
    void splitsParamsIntoClientModeAndVariant() throws IOException {
        JmhCell row = JmhResultParser.parse(FixtureRoot.fixture(FixtureRoot.JMH_RESULT)).results().stream()
                .filter(r -> r.benchmark().equals("org.clientcost.jmh.AsyncBatchBenchmark.client"))
                .filter(r -> "jdk".equals(r.client()) && "singleton".equals(r.mode()) && "hello".equals(r.variant().get("payload")))
                .findFirst().orElseThrow();
        assertEquals(CallStyle.ASYNC, row.callStyle());
        assertFalse(row.baseline());
        assertEquals("32", row.variant().get("batch"));
        assertEquals(2, row.variant().size());
        assertEquals(2228.248130420614, row.score(), 1e-9);
        assertEquals(8382.142360978722, row.scoreError(), 1e-9);
        assertEquals("ops/s", row.unit());
        assertEquals(0.0, row.secondary("connections/op").getAsDouble(), 0);
        assertEquals(1.0003633720930232, row.secondary("threads/op").getAsDouble(), 1e-12);
    }

    @Test
    void matchesSecondaryMetricsBySuffix() throws IOException {
        Path original = FixtureRoot.fixture(FixtureRoot.JMH_RESULT);
        String json = Files.readString(original, StandardCharsets.UTF_8)
                .replace("\"threads/op\"", "\"\u00b7threads/op\"");
        Path file = tmp.resolve("prefixed.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        List<JmhCell> plain = JmhResultParser.parse(original).results();
        List<JmhCell> prefixed = JmhResultParser.parse(file).results();
        for (int i = 0; i < plain.size(); i++) {
            assertTrue(prefixed.get(i).secondaries().containsKey("\u00b7threads/op"));
            assertEquals(plain.get(i).secondary("threads/op").getAsDouble(),
                    prefixed.get(i).secondary("threads/op").getAsDouble(), 0);
        }
        assertFalse(plain.get(0).secondary("no-such-metric").isPresent());
    }

    @Test
    void toleratesRowsWithoutParamsAndStringNaN() throws IOException {
        Path file = tmp.resolve("bare.json");
        Files.writeString(file, "[{\"benchmark\":\"x.Baseline.blockingSync\",\"mode\":\"thrpt\","
                + "\"primaryMetric\":{\"score\":12.5,\"scoreError\":\"NaN\",\"scoreUnit\":\"ops/s\"}}]");
        JmhCell row = JmhResultParser.parse(file).results().get(0);
        assertNull(row.client());
        assertNull(row.mode());
        assertTrue(row.variant().isEmpty());
        assertTrue(row.baseline());
        assertEquals(CallStyle.SYNC, row.callStyle());
        assertTrue(Double.isNaN(row.scoreError()));
    }

    @Test
    void rejectsWhatIsNotAJmhResult() throws IOException {
        Path file = tmp.resolve("object.json");
        Files.writeString(file, "{\"benchmark\":\"x\"}");
        IOException e = assertThrows(IOException.class, () -> JmhResultParser.parse(file));
        assertTrue(e.getMessage().contains("expected a JSON array"), e.getMessage());
    }

    @Test
    void callStyleIsDerivedFromTheName() {
        assertEquals(CallStyle.ASYNC, CallStyle.of("org.clientcost.jmh.AsyncBatchBenchmark.batch"));
        assertEquals(CallStyle.ASYNC, CallStyle.of("org.clientcost.jmh.Baseline.asyncBatch"));
        assertEquals(CallStyle.SYNC, CallStyle.of("org.clientcost.jmh.SyncCallBenchmark.call"));
        assertEquals(CallStyle.OTHER, CallStyle.of("org.clientcost.jmh.Startup.build"));
    }
}
