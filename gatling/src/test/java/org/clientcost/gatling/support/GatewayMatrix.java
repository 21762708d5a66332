package org.clientcost.gatling.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clientcost.gateway.GatewayMain;
import org.clientcost.reports.GatewayResult;
import org.clientcost.reports.GatewayResultFile;
import org.clientcost.server.ServerStats;
import org.clientcost.server.launch.ServiceCommand;
import org.clientcost.server.launch.ServiceProcess;
import org.clientcost.server.launch.TargetEndpoint;
import org.clientcost.server.launch.TargetServerProcess;

/**
 * The gateway matrix: every chosen client x mode x style ({@link GatewayParameters}), one after the other. For
 * each, it starts a fresh target server and a fresh gateway in front of it (each in its own JVM, through
 * target-server's launch harness), runs {@code GatewaySimulation} in a Gatling JVM of its own, cross-checks both
 * processes' /stats with the simulation's count ({@link GatewayCrossCheck}), writes {@link GatewayResultFile#NAME}
 * next to the Gatling report, and stops both processes, also when the run fails. Between configurations it lets
 * loopback TIME_WAIT drain when the OS would not reuse those ports ({@link TimeWaitDrain}). At the end it prints
 * one line per configuration and exits 1 if any had a KO, a mismatch or no result.
 *
 * <p>Run by the gatling pom's {@code gateway} and {@code smoke} profiles ({@code mvn -pl gatling verify -Pgateway}).
 */
public final class GatewayMatrix {

    private static final String SIMULATION = "org.clientcost.gatling.GatewaySimulation";
    private static final String REPORT_PREFIX = "gatewaysimulation-";
    private static final double MILLION = 1_000_000;

    private final Path resultsFolder = Path.of(GatewayParameters.RESULTS_FOLDER).toAbsolutePath();
    private final TimeWaitDrain drain = new TimeWaitDrain();

    private GatewayMatrix() {
    }

    public static void main(String[] args) throws Exception {
        boolean passed = new GatewayMatrix().run();
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        List<GatewayConfiguration> configurations = GatewayParameters.configurations();
        GatewayParameters.gatlingJvmArgs(); // set by the pom: fail on its one line before any process starts
        Files.createDirectories(resultsFolder);
        System.out.printf(Locale.ROOT, "[gateway] matrix: %d configurations, GET %s (upstream over %s), %d users, %d s warm-up, then %,d "
                        + "requests (singleton) or %,d requests or %d s (freshConnection, perRequest); gateway --max-threads %d%n",
                configurations.size(), GatewayParameters.ENDPOINT.proxyPath(), GatewayParameters.UPSTREAM_SCHEME,
                GatewayParameters.CONCURRENCY,
                GatewayParameters.WARMUP_SECONDS, GatewayParameters.REQUESTS, GatewayParameters.REQUESTS,
                GatewayParameters.DURATION_SECONDS, GatewayParameters.MAX_THREADS);
        System.out.println("[gateway] " + Machine.jdk() + "; " + Machine.describe());
        System.out.println("[gateway] " + drain.describe());
        List<GatewaySummary.Line> lines = new ArrayList<>();
        for (int i = 0; i < configurations.size(); i++) {
            GatewayConfiguration configuration = configurations.get(i);
            if (i > 0) {
                drain.beforeNext();
            }
            System.out.printf(Locale.ROOT, "%n[gateway] configuration %d of %d: %s%n", i + 1, configurations.size(),
                    configuration.label());
            lines.add(runOne(configuration));
        }
        GatewaySummary.print(lines);
        return lines.stream().allMatch(GatewaySummary.Line::passed);
    }

    /** One configuration, start to stop; any failure becomes its summary line. */
    private GatewaySummary.Line runOne(GatewayConfiguration configuration) {
        Path outcomeFile = resultsFolder.resolve("gateway-outcome-" + configuration.label().replace(' ', '-') + ".json");
        TargetEndpoint target = TargetEndpoint.resolve("");
        boolean https = GatewayParameters.httpsUpstream();
        try (TargetEndpoint endpoint = target.withFront(upstream -> https
                ? startGateway(configuration, target.tlsUri(), List.of("--upstream-cert", target.certificate().toString()))
                : startGateway(configuration, upstream, List.of()))) {
            Files.deleteIfExists(outcomeFile);
            ServerStats before = endpoint.stats().fetch();
            Set<Path> earlierReports = reports();
            GatewayRunSettings settings = GatewayRunSettings.of(configuration, endpoint.uri(), outcomeFile);
            int exit = GatlingChild.run(SIMULATION, settings.systemProperties(), resultsFolder, configuration.label(),
                    settings.maxRunSeconds());
            ServerStats after = endpoint.stats().fetch();
            GatewayStatsReader.GatewayStats gateway = GatewayStatsReader.fetch(endpoint.uri());
            if (!Files.isRegularFile(outcomeFile)) {
                return failed(configuration, "the Gatling JVM ended (status " + exit + ") without writing " + outcomeFile);
            }
            LoadOutcome outcome = LoadOutcome.read(outcomeFile);
            GatewayCrossCheck check = GatewayCrossCheck.of(configuration, settings.endpoint(), outcome, before, after, gateway);
            GatewayResult result = result(settings, outcome, check, gateway);
            System.out.printf(Locale.ROOT, "[cross-check] %s: target served %,d %s%s over %,d new connections; gateway built "
                            + "%,d clients, answered %,d with 200; Gatling counted %,d OK, %,d KO (warm-up included) -> %s%n",
                    configuration.label(), check.served(), settings.endpoint().path(),
                    check.resent() > 0 ? String.format(Locale.ROOT, " (%,d of them re-sent by the client: a number it had "
                            + "already served)", check.resent()) : "", check.connections(),
                    gateway.clientsBuilt(), gateway.answered200(), outcome.warmupOk() + outcome.ok(),
                    outcome.warmupKo() + outcome.ko(), check.verdict());
            if (gateway.ceilingWaits() > 0) {
                System.out.printf(Locale.ROOT, "[gateway] %s: %,d requests waited for the gateway's thread ceiling before "
                                + "building their client, %.1f s in all (threads of earlier clients had not ended yet)%n",
                        configuration.label(), gateway.ceilingWaits(), gateway.ceilingWaitedMillis() / 1000.0);
            }
            Path report = newReport(earlierReports);
            if (report == null) {
                return new GatewaySummary.Line(configuration, result, "no new Gatling report in " + resultsFolder);
            }
            System.out.println("[gateway] result: " + GatewayResultFile.write(report, result));
            Files.deleteIfExists(outcomeFile);
            return new GatewaySummary.Line(configuration, result, exit == 0 ? null : "Gatling exited with status " + exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(configuration, "interrupted");
        } catch (IOException | RuntimeException e) {
            return failed(configuration, e.toString().replaceAll("\\s+", " "));
        }
    }

    private static ServiceProcess startGateway(GatewayConfiguration configuration, URI upstream, List<String> trust) {
        List<String> args = new ArrayList<>(List.of("--upstream", upstream.toString(), "--client", configuration.client(),
                "--mode", configuration.mode(), "--style", configuration.style(),
                "--max-threads", Integer.toString(GatewayParameters.MAX_THREADS)));
        args.addAll(trust);
        return ServiceCommand.of("gateway", GatewayMain.class.getName())
                .jvmArgs(TargetServerProcess.DEFAULT_JVM_ARGS) // the same heap and collector as the target server
                .args(args)
                .start();
    }

    private static GatewayResult result(GatewayRunSettings settings, LoadOutcome outcome, GatewayCrossCheck check,
                                        GatewayStatsReader.GatewayStats gateway) {
        GatewayConfiguration c = settings.configuration();
        long proxied = outcome.warmupOk() + outcome.warmupKo() + outcome.ok() + outcome.ko();
        double rate = outcome.requestsPerSecond();
        // An https upstream shows as its own endpoint ("https /hello"), so the dashboard never compares it with http.
        String endpoint = (GatewayParameters.httpsUpstream() ? "https " : "") + settings.endpoint().path();
        return new GatewayResult(c.client(), c.mode(), c.style(), endpoint, settings.concurrency(),
                settings.requests(), settings.boundSeconds(), settings.warmupSeconds(), outcome.boundedByDuration(),
                outcome.warmupOk(), outcome.warmupKo(), outcome.ok(), outcome.ko(), outcome.seconds(), rate,
                outcome.latencyMs(), rate > 0 ? MILLION / rate : -1, check.connections(),
                proxied > 0 ? (double) check.connections() / proxied : 0, check.resent(), gateway.clientsBuilt(), gateway.peakThreads(),
                gateway.peakFileDescriptors(), check.verdict(), Machine.jdk(), Machine.describe(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static GatewaySummary.Line failed(GatewayConfiguration configuration, String why) {
        System.out.println("[gateway] " + configuration.label() + " FAILED: " + why);
        return new GatewaySummary.Line(configuration, null, why);
    }

    private Set<Path> reports() throws IOException {
        Set<Path> found = new HashSet<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(resultsFolder, REPORT_PREFIX + "*")) {
            for (Path dir : dirs) {
                found.add(dir);
            }
        }
        return found;
    }

    /** The report directory the configuration's Gatling run just wrote (the one that was not there before). */
    private Path newReport(Set<Path> earlier) throws IOException {
        return reports().stream().filter(dir -> !earlier.contains(dir))
                .filter(dir -> Files.isRegularFile(dir.resolve("index.html")))
                .max(Path::compareTo).orElse(null);
    }
}
