package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict goes into every entry of the JSON, and nothing else in the file changes. */
class SteadyStateAnnotationTest {

    @TempDir
    Path tmp;

    @Test
    void everyEntryGetsItsVerdictAndKeepsEverythingJmhWrote() throws IOException {
        for (String fixture : List.of(FixtureRoot.JMH_RESULT, JmhCellTest.REQUESTS_FIXTURE)) {
            Path file = tmp.resolve("jmh-result.json");
            Files.copy(FixtureRoot.fixture(fixture), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            JsonNode before = JmhResultParser.JSON.readTree(file.toFile());
            List<JmhCell> cells = JmhResultParser.parse(file).results();

            SteadyStateAnnotation.write(file);

            JsonNode after = JmhResultParser.JSON.readTree(file.toFile());
            assertEquals(before.size(), after.size());
            for (int i = 0; i < after.size(); i++) {
                JsonNode verdict = after.get(i).get(SteadyStateAnnotation.FIELD);
                SteadyStateCheck.Result expected = cells.get(i).steadyState();
                assertEquals(expected.verdict().label(), verdict.get("verdict").asText(), fixture + " entry " + i);
                assertEquals(expected.reason(), verdict.get("reason").asText());
                ((ObjectNode) after.get(i)).remove(SteadyStateAnnotation.FIELD);
            }
            assertEquals(before, after, fixture + ": only the verdict was added");
        }
        assertEquals("not steady", JmhResultParser.JSON.readTree(tmp.resolve("jmh-result.json").toFile())
                .get(1).get(SteadyStateAnnotation.FIELD).get("verdict").asText());
    }

    @Test
    void aFileThatIsNotAJmhResultIsLeftAlone() throws IOException {
        Path file = Files.writeString(tmp.resolve("jmh-result.json"), "{\"benchmark\":\"x\"}");
        assertThrows(IOException.class, () -> SteadyStateAnnotation.write(file));
        assertEquals("{\"benchmark\":\"x\"}", Files.readString(file));
    }
}
