package org.clientcost.reports;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON file {@value #NAME} that sits next to each gateway run's Gatling report: one {@link GatewayResult}.
 * The gatling module's matrix writes it, the dashboard reads it; both through here, so they cannot disagree on
 * the format.
 */
public final class GatewayResultFile {

    /** File name, in the Gatling report directory of the run. */
    public static final String NAME = "gateway-result.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private GatewayResultFile() {
    }

    /** Writes {@code result} as {@value #NAME} into {@code reportDir}; returns the file. */
    public static Path write(Path reportDir, GatewayResult result) throws IOException {
        Path file = reportDir.resolve(NAME);
        Files.writeString(file, JSON.writeValueAsString(result) + "\n");
        return file;
    }

    /**
     * Reads one file.
     *
     * @throws IOException (one line naming the file) when it is missing, not JSON, or lacks a field
     */
    public static GatewayResult read(Path file) throws IOException {
        try {
            GatewayResult result = JSON.readValue(file.toFile(), GatewayResult.class);
            if (result.client() == null || result.mode() == null || result.style() == null
                    || result.latencyMs() == null || result.crossCheck() == null) {
                throw new IOException(file + ": not a gateway result (client, mode, style, latencyMs or crossCheck missing)");
            }
            return result;
        } catch (JacksonException e) {
            throw new IOException(file + ": not a gateway result: " + e.getOriginalMessage(), e);
        }
    }
}
