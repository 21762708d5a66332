package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultLocatorTest {

    @TempDir
    Path root;

    @Test
    void newestResultWinsAndPairsOnlyWithItsOwnSidecar() throws IOException {
        Path jmh = Files.createDirectories(root.resolve("jmh/target"));
        Path older = Files.writeString(jmh.resolve("jmh-result.json"), "[]");
        Files.writeString(jmh.resolve("jmh-env.json"), "{}");
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000));
        Path newer = Files.writeString(jmh.resolve("jmh-result-jdk25.json"), "[]");
        Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000));
        Files.writeString(jmh.resolve("unrelated.json"), "[]");

        ResultLocator locator = new ResultLocator(root);
        assertEquals(newer, locator.newestJmhResult().orElseThrow());
        assertTrue(locator.jmhEnvironment(newer).isEmpty(), "jmh-env.json belongs to the other result");
        assertEquals(jmh.resolve("jmh-env.json"), locator.jmhEnvironment(older).orElseThrow());

        Path newerEnv = Files.writeString(jmh.resolve("jmh-env-jdk25.json"), "{}");
        assertEquals(newerEnv, locator.jmhEnvironment(newer).orElseThrow());
    }

    @Test
    void gatlingRunsAreDirectoriesWithAReport() throws IOException {
        Path gatling = Files.createDirectories(root.resolve("gatling/target/gatling"));
        Path b = Files.createDirectories(gatling.resolve("b-20261121101517846"));
        Files.writeString(b.resolve("index.html"), "");
        Path a = Files.createDirectories(gatling.resolve("a-20261121101517846"));
        Files.writeString(a.resolve("index.html"), "");
        Files.createDirectories(gatling.resolve("crashed-20261121101517846"));
        Files.writeString(gatling.resolve("lastRun.txt"), "b");
        assertEquals(List.of(a, b), new ResultLocator(root).gatlingRuns());
    }

    @Test
    void nothingThereIsNothingFound() throws IOException {
        ResultLocator locator = new ResultLocator(root);
        assertTrue(locator.newestJmhResult().isEmpty());
        assertTrue(locator.gatlingRuns().isEmpty());
    }
}
