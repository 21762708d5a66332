package org.clientcost.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the dashboard is built from.
 *
 * @param runs        the JMH runs, oldest JDK first (then by date), for the side-by-side comparison
 * @param latest      the run the detailed sections show: the one that started last
 * @param gatlingRuns every Gatling run found that is not a gateway run
 * @param gatewayRuns every gateway result found next to a Gatling report ({@link GatewayResultFile})
 * @param generatedAt when this input was loaded
 * @param warnings    one line per result file that could not be read (and is left out)
 */
public record DashboardInput(List<JmhRun> runs, Optional<JmhRun> latest, List<GatlingRun> gatlingRuns,
                             List<GatewayRun> gatewayRuns, Instant generatedAt, List<String> warnings) {

    public DashboardInput {
        runs = List.copyOf(runs);
        gatlingRuns = List.copyOf(gatlingRuns);
        gatewayRuns = List.copyOf(gatewayRuns);
        warnings = List.copyOf(warnings);
    }

    /** The JMH runs the arguments name (and the newest, if asked for) and every Gatling run under the root. */
    public static DashboardInput load(DashboardArguments arguments) throws IOException {
        ResultLocator locator = new ResultLocator(arguments.root());
        Set<Path> files = new LinkedHashSet<>(arguments.jmhFiles());
        if (arguments.newest()) {
            locator.newestJmhResult().ifPresent(files::add);
        }
        List<String> warnings = new ArrayList<>();
        List<JmhRun> runs = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path file : files) {
            // An interrupted JMH run leaves an empty or partial file; the rest of the page must survive it.
            try {
                if (!seen.add(file.toRealPath())) {
                    continue; // named twice (e.g. a directory and "newest")
                }
                JmhResultFile result = JmhResultParser.parse(file);
                Optional<Path> envFile = locator.jmhEnvironment(file);
                runs.add(new JmhRun(result, envFile.isPresent() ? Optional.of(RunEnvironment.parse(envFile.get())) : Optional.empty()));
            } catch (IOException e) {
                warnings.add("skipped JMH result: " + oneLine(e));
            }
        }
        Optional<JmhRun> latest = runs.stream().max(Comparator.comparing(JmhRun::date));
        runs.sort(Comparator.comparingInt(JmhRun::jdkFeature).thenComparing(JmhRun::date));
        List<GatlingRun> gatling = new ArrayList<>();
        List<GatewayRun> gateway = new ArrayList<>();
        for (Path dir : locator.gatlingRuns()) {
            Path gatewayResult = dir.resolve(GatewayResultFile.NAME);
            if (Files.isRegularFile(gatewayResult)) {
                // A gateway run is shown, and linked, in the Gateway section; listing each of its 18 configurations
                // again in the Gatling table would bury the simulations there.
                try {
                    gateway.add(new GatewayRun(GatewayResultFile.read(gatewayResult), dir));
                    continue;
                } catch (IOException e) {
                    warnings.add("skipped gateway result: " + oneLine(e));
                }
            }
            try {
                gatling.add(GatlingRunParser.parse(dir));
            } catch (IOException e) {
                // One broken report (e.g. a run interrupted while writing it) must not hide every other result.
                warnings.add("skipped Gatling report: " + oneLine(e));
            }
        }
        return new DashboardInput(runs, latest, gatling, gateway, Instant.now(), warnings);
    }

    private static String oneLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    public boolean empty() {
        return runs.stream().allMatch(r -> r.result().results().isEmpty()) && gatlingRuns.isEmpty() && gatewayRuns.isEmpty();
    }
}
