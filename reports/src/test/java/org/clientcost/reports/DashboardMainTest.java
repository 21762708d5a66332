package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardMainTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureOutput() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesThePageAndItsAssetsAndPrintsTheFileUrl() throws IOException {
        Path root = FixtureRoot.create("main-full", true, true);
        Path dashboard = tmp.resolve("dashboard");
        assertEquals(0, DashboardMain.run("--root", root.toString(), "--out", dashboard.toString()));
        Path index = dashboard.resolve("index.html");
        assertEquals("dashboard: " + index.toUri() + System.lineSeparator(), stdout());
        assertTrue(stdout().startsWith("dashboard: file:///"));
        for (String asset : new String[] {"chart.umd.min.js", "chart.js-LICENSE.md", "dashboard.js", "dashboard.css"}) {
            assertTrue(Files.size(dashboard.resolve("assets").resolve(asset)) > 0, asset);
        }
        String html = Files.readString(index);
        assertTrue(html.contains("id=\"dashboard-data\""));
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing may load from the network");
        assertEquals("", stderr());
    }

    @Test
    void emptyRootGivesThePageThatSaysWhatToRun() throws IOException {
        Path root = FixtureRoot.create("main-empty", false, false);
        Path dashboard = tmp.resolve("dashboard");
        assertEquals(0, DashboardMain.run("--root", root.toString(), "--out", dashboard.toString()));
        String html = Files.readString(dashboard.resolve("index.html"));
        assertTrue(html.contains("No results yet"));
        assertTrue(html.contains(RunCommands.JMH) && html.contains(RunCommands.GATLING) && html.contains(RunCommands.DASHBOARD));
        assertFalse(html.contains("<canvas"), "no empty chart frames");
        assertFalse(html.contains("chart.umd.min.js\"></script>"), "no chart library when there is nothing to draw");
    }

    @Test
    void badArgumentsExitWithTwoAndOneLineAndWriteNothing() {
        Path dashboard = tmp.resolve("never");
        String[][] bad = {
            {},
            {"--root"},
            {"--root", tmp.toString()},
            {"--out", dashboard.toString()},
            {"--root", tmp.resolve("missing").toString(), "--out", dashboard.toString()},
            {"--root", tmp.toString(), "--out", dashboard.toString(), "--colour", "blue"},
            {"--root", tmp.toString(), "--out", dashboard.toString(), "--jmh", "no-such-run.json"},
            {"--root", tmp.toString(), "--out", dashboard.toString(), "--jmh", "."},
            {"--root", tmp.toString(), "--out", dashboard.toString(), "--jmh", "newest,,"},
            {"--root", tmp.toString(), "--out", dashboard.toString(), "--jmh"},
        };
        for (String[] args : bad) {
            err.reset();
            assertEquals(2, DashboardMain.run(args), String.join(" ", args));
            String message = stderr();
            assertTrue(message.startsWith("dashboard: "), message);
            assertEquals(1, message.lines().count(), "one line: " + message);
        }
        assertFalse(Files.exists(dashboard));
        assertEquals("", stdout());
    }

    @Test
    void outThatIsAFileIsABadArgument() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertEquals(2, DashboardMain.run("--root", tmp.toString(), "--out", file.toString()));
        assertTrue(stderr().contains("is not a directory"), stderr());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void anInterruptedJmhRunLeavesTheRestOfThePageStanding() throws IOException {
        Path root = FixtureRoot.create("main-broken-jmh", false, true);
        Files.createDirectories(root.resolve("jmh/target"));
        Files.writeString(root.resolve("jmh/target/jmh-result.json"), "");
        Path dashboard = tmp.resolve("dashboard");
        assertEquals(0, DashboardMain.run("--root", root.toString(), "--out", dashboard.toString()));
        assertTrue(stderr().startsWith("dashboard: skipped JMH result: "), stderr());
        assertTrue(stderr().contains("is empty"), stderr());
        assertEquals(1, stderr().lines().count(), stderr());
        String html = Files.readString(dashboard.resolve("index.html"));
        assertTrue(html.contains("skipped JMH result") && html.contains(FixtureRoot.HELLO_RUN), "warning and Gatling runs shown");
    }

    @Test
    void anOutputDirectoryThatCannotBeCreatedFailsWithOneLineAndExitOne() throws IOException {
        Path root = FixtureRoot.create("main-unwritable", true, false);
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        assertEquals(1, DashboardMain.run("--root", root.toString(), "--out", file.resolve("dashboard").toString()));
        assertTrue(stderr().startsWith("dashboard: not written: "), stderr());
        assertEquals(1, stderr().lines().count(), stderr());
        assertEquals("", stdout());
    }

    @Test
    void aBrokenGatlingReportIsSkippedWithAWarningNotFatal() throws IOException {
        Path root = FixtureRoot.create("main-broken-gatling", true, true);
        Path broken = Files.createDirectories(root.resolve("gatling/target/gatling/broken-20261121101517846"));
        Files.writeString(broken.resolve("index.html"), "<html></html>");
        Path dashboard = tmp.resolve("dashboard");
        assertEquals(0, DashboardMain.run("--root", root.toString(), "--out", dashboard.toString()));
        assertTrue(stderr().contains("skipped Gatling report"), stderr());
        String html = Files.readString(dashboard.resolve("index.html"));
        assertTrue(html.contains(FixtureRoot.HELLO_RUN) && html.contains(FixtureRoot.MIXED_RUN));
    }
}
