package org.clientcost.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Launcher options: defaults, pass-through splitting, and one-line errors for bad input. */
class LauncherOptionsTest {

    @Test
    void emptyValuesMeanTheDefaults() throws Exception {
        LauncherOptions o = LauncherOptions.parse("--profile=", "--include=", "--scheme=", "--jmh-args=", "--target-url=");
        assertEquals(BenchProfile.QUICK, o.profile());
        assertEquals("", o.include());
        assertEquals("", o.scheme(), "the profile's schemes");
        assertEquals(List.of(), o.jmhArgs());
        assertEquals(Path.of("jmh-result.json"), o.result());
    }

    @Test
    void jmhArgsSplitAtWhitespaceAndKeepQuotedWordsTogether() throws Exception {
        assertEquals(List.of("-prof", "gc", "-jvmArgsAppend", "-Da=1 -Db=2", "-t", "2"),
                LauncherOptions.split("  -prof gc -jvmArgsAppend \"-Da=1 -Db=2\"  -t 2 "));
    }

    @Test
    void badInputGetsOneLineMessages() {
        assertEquals("unknown bench.profile 'fast' (expected one of quick|full|smoke)",
                assertThrows(LauncherOptions.BadOptionException.class, () -> LauncherOptions.parse("--profile=fast")).getMessage());
        assertEquals("unknown option '--forks' (see --help)",
                assertThrows(LauncherOptions.BadOptionException.class, () -> LauncherOptions.parse("--forks=3")).getMessage());
        assertThrows(LauncherOptions.BadOptionException.class, () -> LauncherOptions.parse("--include=Sync(")); // bad regex
        assertThrows(LauncherOptions.BadOptionException.class, () -> LauncherOptions.parse("--jmh-args=-p \"client=jdk"));
        assertThrows(LauncherOptions.BadOptionException.class, () -> LauncherOptions.parse("stray"));
        assertEquals("bench.scheme must be one of http, https (or empty for the profile's), got 'ftp'",
                assertThrows(LauncherOptions.BadOptionException.class, () -> LauncherOptions.parse("--scheme=ftp")).getMessage());
    }

    @Test
    void theQuickProfileIsHttpAndBenchSchemeSwapsIt() throws Exception {
        assertEquals(List.of("http"), BenchProfile.QUICK.passes().get(0).params().get("scheme"));
        assertEquals(null, BenchProfile.FULL.passes().get(0).params().get("scheme"), "full: both, the annotation's");
        assertEquals(null, BenchProfile.FULL.passes().get(1).params().get("scheme"), "full batch curve: both");
        assertEquals(List.of("http"), BenchProfile.SMOKE.passes().get(0).params().get("scheme"), "smoke: the matrix over http");
        assertEquals(List.of("https"), BenchProfile.SMOKE.passes().get(1).params().get("scheme"), "smoke: https for /hello");
        assertEquals("https", LauncherOptions.parse("--scheme=https").scheme());
        try (org.clientcost.server.launch.TargetEndpoint external =
                     org.clientcost.server.launch.TargetEndpoint.resolve("http://127.0.0.1:9")) {
            org.openjdk.jmh.runner.options.CommandLineOptions none = new org.openjdk.jmh.runner.options.CommandLineOptions();
            for (String scheme : List.of("http", "https")) {
                org.openjdk.jmh.runner.options.Options run = BenchmarkLauncher.runOptions(BenchProfile.QUICK,
                        wholeQuickMatrix(), LauncherOptions.parse("--scheme=" + scheme), none, external);
                assertEquals(List.of(scheme), List.copyOf(run.getParameter("scheme").get()),
                        "-Dbench.scheme replaces the quick pass's scheme instead of adding to it");
            }
            org.openjdk.jmh.runner.options.Options quick = BenchmarkLauncher.runOptions(BenchProfile.QUICK,
                    wholeQuickMatrix(), LauncherOptions.parse(), none, external);
            assertEquals(List.of("http"), List.copyOf(quick.getParameter("scheme").get()));
        }
    }

    private static WarmupSplit.Run wholeQuickMatrix() {
        BenchProfile.Pass pass = BenchProfile.QUICK.passes().get(0);
        return new WarmupSplit.Run(pass.name(), pass.include(), pass.params(), java.util.Map.of(), 0);
    }

    @Test
    void anExtraResultFormatIsTakenOutOfTheJmhOptionsAndRffIsRefused() throws Exception {
        List<String> args = LauncherOptions.split("-prof gc -rf csv -t 2");
        assertEquals(java.util.Optional.of(org.openjdk.jmh.results.format.ResultFormatType.CSV), BenchmarkLauncher.extraFormat(args));
        assertEquals(List.of("-prof", "gc", "-t", "2"), BenchmarkLauncher.withoutResultFormat(args));
        assertEquals(java.util.Optional.empty(), BenchmarkLauncher.extraFormat(LauncherOptions.split("-rf json")));
        assertEquals(java.util.Optional.empty(), BenchmarkLauncher.extraFormat(List.of()));
        assertEquals("jmh.args: -rff is set by the launcher (JSON to the documented path, an -rf format beside it); remove it",
                assertThrows(LauncherOptions.BadOptionException.class,
                        () -> BenchmarkLauncher.jmhOptions(LauncherOptions.split("-rff out.csv"))).getMessage());
        assertThrows(LauncherOptions.BadOptionException.class, () -> BenchmarkLauncher.extraFormat(LauncherOptions.split("-rf xml")));
    }
}
