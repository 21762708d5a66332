package org.clientcost.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the dashboard is built from, loaded from a project root.
 *
 * @param jmh         the newest JMH result file, if there is one
 * @param environment the JMH run's environment sidecar, if there is one
 * @param gatlingRuns every Gatling run found
 * @param generatedAt when this input was loaded
 * @param warnings    one line per result file that could not be read (and is left out)
 */
public record DashboardInput(Optional<JmhResultFile> jmh, Optional<RunEnvironment> environment,
                             List<GatlingRun> gatlingRuns, Instant generatedAt, List<String> warnings) {

    public DashboardInput {
        gatlingRuns = List.copyOf(gatlingRuns);
        warnings = List.copyOf(warnings);
    }

    public static DashboardInput load(Path root) throws IOException {
        ResultLocator locator = new ResultLocator(root);
        Optional<JmhResultFile> jmh = Optional.empty();
        Optional<RunEnvironment> env = Optional.empty();
        List<String> warnings = new ArrayList<>();
        Optional<Path> jmhFile = locator.newestJmhResult();
        if (jmhFile.isPresent()) {
            // An interrupted JMH run leaves an empty or partial file; the Gatling part of the page must survive it.
            try {
                jmh = Optional.of(JmhResultParser.parse(jmhFile.get()));
                Optional<Path> envFile = locator.jmhEnvironment(jmhFile.get());
                if (envFile.isPresent()) {
                    env = Optional.of(RunEnvironment.parse(envFile.get()));
                }
            } catch (IOException e) {
                jmh = Optional.empty();
                warnings.add("skipped JMH result: " + oneLine(e));
            }
        }
        List<GatlingRun> runs = new ArrayList<>();
        for (Path dir : locator.gatlingRuns()) {
            try {
                runs.add(GatlingRunParser.parse(dir));
            } catch (IOException e) {
                // One broken report (e.g. a run interrupted while writing it) must not hide every other result.
                warnings.add("skipped Gatling report: " + oneLine(e));
            }
        }
        return new DashboardInput(jmh, env, runs, Instant.now(), warnings);
    }

    private static String oneLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    public boolean empty() {
        return jmh.map(f -> f.results().isEmpty()).orElse(true) && gatlingRuns.isEmpty();
    }
}
