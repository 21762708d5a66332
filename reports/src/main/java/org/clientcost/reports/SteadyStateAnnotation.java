package org.clientcost.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adds each cell's steady-state verdict to a JMH JSON result file, as one more field of every benchmark entry:
 * {@code "steadyState": {"verdict": "not steady", "reason": "fork 1: ..."}} ({@link SteadyStateCheck.Verdict#label()}
 * and {@link SteadyStateCheck.Result#reason()}, from the entry's own per-request iterations, {@link JmhCell#steadyState()}).
 * Everything JMH wrote stays as it was; readers of standard JMH JSON ignore the extra field.
 */
public final class SteadyStateAnnotation {

    public static final String FIELD = "steadyState";

    private SteadyStateAnnotation() {
    }

    /** Rewrites {@code file} in place; a file that is not a JMH result is left as it is (one-line {@link IOException}). */
    public static void write(Path file) throws IOException {
        JsonNode root = JmhResultParser.readArray(file);
        for (JsonNode row : root) {
            SteadyStateCheck.Result verdict = JmhResultParser.cell(file, row).steadyState();
            ObjectNode field = ((ObjectNode) row).putObject(FIELD);
            field.put("verdict", verdict.verdict().label());
            field.put("reason", verdict.reason());
        }
        Files.write(file, JmhResultParser.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
