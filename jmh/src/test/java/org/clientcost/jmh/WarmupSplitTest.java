package org.clientcost.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.Keyed;
import org.clientcost.server.launch.TargetEndpoint;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;

/**
 * The split of a pass into JMH runs by warm-up: every cell of the pass runs exactly once, the slow-to-warm cells
 * (and only they) with the longer warm-up, and the user's {@code -p} narrows the split instead of duplicating cells.
 */
class WarmupSplitTest {

    private static final String SYNC_CLIENT = "org.clientcost.jmh.SyncCallBenchmark.client";
    private static final String SYNC_BASELINE = "org.clientcost.jmh.SyncCallBenchmark.baseline";
    private static final String ASYNC_CLIENT = "org.clientcost.jmh.AsyncBatchBenchmark.client";
    private static final String ASYNC_BASELINE = "org.clientcost.jmh.AsyncBatchBenchmark.baseline";
    private static final List<String> BENCHMARKS = List.of(SYNC_CLIENT, SYNC_BASELINE, ASYNC_CLIENT, ASYNC_BASELINE);

    @Test
    void theQuickMatrixRunsItsTwelveCellsOnceAndOnlySingletonJdkAndAhcWarmUpLonger() throws Exception {
        List<String> cells = cellsOf(BenchProfile.QUICK, BenchProfile.QUICK.passes().get(0), "");
        assertEquals(12, cells.size(), cells.toString());
        assertEquals(12, cells.stream().distinct().count(), "no cell twice: " + cells);
        List<String> longer = cells.stream().filter(c -> c.endsWith("wi=8")).toList();
        assertEquals(sorted(List.of(SYNC_CLIENT + " jdk singleton wi=8", SYNC_CLIENT + " ahc singleton wi=8",
                ASYNC_CLIENT + " jdk singleton wi=8", ASYNC_CLIENT + " ahc singleton wi=8")), sorted(longer));
        assertEquals(8, cells.stream().filter(c -> c.endsWith("wi=4")).count());
        assertEquals(3, WarmupSplit.of(BenchProfile.QUICK, BenchProfile.QUICK.passes().get(0), jmh("")).size(),
                "no baselines run: the quick matrix has none");
        assertEquals(4, WarmupSplit.of(BenchProfile.FULL, BenchProfile.FULL.passes().get(0), jmh("")).size());
    }

    @Test
    void theFullMatrixKeepsItsBaselinesAndFreshConnectionCells() throws Exception {
        List<String> cells = cellsOf(BenchProfile.FULL, BenchProfile.FULL.passes().get(0), "");
        assertEquals(2 * 3 * 3 + 2, cells.size(), cells.toString()); // payload and scheme are not split: per value of them
        assertEquals(cells.size(), cells.stream().distinct().count(), "no cell twice: " + cells);
        assertEquals(4, cells.stream().filter(c -> c.endsWith("singleton wi=8") && !c.contains("okhttp")).count(), cells.toString());
        assertEquals(4, cells.stream().filter(c -> c.endsWith("wi=8")).count(), cells.toString());
        assertEquals(true, cells.contains(SYNC_BASELINE + " wi=4") && cells.contains(ASYNC_BASELINE + " wi=4"), cells.toString());
        assertEquals(true, cells.contains(SYNC_CLIENT + " okhttp freshConnection wi=4"), cells.toString());
    }

    @Test
    void aUsersClientOrModeNarrowsTheSplitInsteadOfRunningACellTwice() throws Exception {
        BenchProfile.Pass quick = BenchProfile.QUICK.passes().get(0);
        assertEquals(sorted(List.of(SYNC_CLIENT + " okhttp singleton wi=4", SYNC_CLIENT + " okhttp perRequest wi=4",
                        ASYNC_CLIENT + " okhttp singleton wi=4", ASYNC_CLIENT + " okhttp perRequest wi=4")),
                sorted(cellsOf(BenchProfile.QUICK, quick, "-p client=okhttp")));
        assertEquals(sorted(List.of(SYNC_CLIENT + " jdk freshConnection wi=4", ASYNC_CLIENT + " jdk freshConnection wi=4")),
                sorted(cellsOf(BenchProfile.QUICK, quick, "-p client=jdk -p mode=freshConnection")));
        assertEquals(sorted(List.of(SYNC_CLIENT + " ahc singleton wi=8", ASYNC_CLIENT + " ahc singleton wi=8")),
                sorted(cellsOf(BenchProfile.QUICK, quick, "-p client=ahc -p mode=singleton")));
    }

    @Test
    void noSplitWhenTheUserSetsWarmupIterationsOrTheProfileHasNoSeparateWarmup() throws Exception {
        BenchProfile.Pass quick = BenchProfile.QUICK.passes().get(0);
        assertEquals(1, WarmupSplit.of(BenchProfile.QUICK, quick, jmh("-wi 2")).size());
        List<String> cells = cellsOf(BenchProfile.QUICK, quick, "-wi 2");
        assertEquals(12, cells.size());
        assertEquals(12, cells.stream().filter(c -> c.endsWith("wi=2")).count(), "the user's -wi for every cell");
        for (BenchProfile.Pass pass : BenchProfile.SMOKE.passes()) {
            assertEquals(1, WarmupSplit.of(BenchProfile.SMOKE, pass, jmh("")).size(), pass.name());
        }
    }

    /**
     * The cells the pass's runs would measure, as "benchmark client mode wi=N" (baselines without client and mode),
     * from the options the launcher gives JMH: each run's include over the four benchmarks, times its client and mode
     * values (a param the options leave unset has the annotation's values: every key).
     */
    private static List<String> cellsOf(BenchProfile profile, BenchProfile.Pass pass, String userArgs) throws Exception {
        CommandLineOptions jmh = jmh(userArgs);
        List<String> cells = new ArrayList<>();
        try (TargetEndpoint external = TargetEndpoint.resolve("http://127.0.0.1:9")) {
            for (WarmupSplit.Run run : WarmupSplit.of(profile, pass, jmh)) {
                Options options = BenchmarkLauncher.runOptions(profile, run, LauncherOptions.parse(), jmh, external);
                int wi = options.getWarmupIterations().get();
                for (String benchmark : BENCHMARKS) {
                    if (!matches(options.getIncludes(), benchmark)) {
                        continue;
                    }
                    if (benchmark.endsWith(".baseline")) {
                        cells.add(benchmark + " wi=" + wi);
                        continue;
                    }
                    for (String client : values(options, "client", ClientLibrary.values())) {
                        for (String mode : values(options, "mode", ClientMode.values())) {
                            cells.add(benchmark + " " + client + " " + mode + " wi=" + wi);
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static boolean matches(List<String> includes, String benchmark) {
        return includes.isEmpty() || includes.stream().anyMatch(regex -> Pattern.compile(regex).matcher(benchmark).find());
    }

    private static Collection<String> values(Options options, String param, Keyed[] all) {
        return options.getParameter(param).orElse(Arrays.stream(all).map(Keyed::key).toList());
    }

    private static List<String> sorted(List<String> cells) {
        return cells.stream().sorted().toList();
    }

    private static CommandLineOptions jmh(String args) throws Exception {
        return BenchmarkLauncher.jmhOptions(LauncherOptions.split(args));
    }
}
