package org.clientcost.gatling.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one simulation in a Gatling JVM of its own, the way gatling-maven-plugin 4.21.12 forks one: its default JVM
 * options (GatlingConstants.DEFAULT_JVM_OPTIONS_GATLING: heap dump on OOM, the two inlining options, the
 * {@code --add-opens} Gatling needs, and the JDK 24+ native-access and Unsafe options), then this module's own
 * ({@link GatewayParameters#gatlingJvmArgs()}: the pom builds them from the same properties as the plugin's
 * {@code jvmArgs}, a fixed heap and ParallelGC; see the pom for why), then
 * {@code io.gatling.app.Gatling -s <class> -rf <results folder> -rd <description>} on this JVM's class path. Its
 * output goes to this JVM's.
 */
final class GatlingChild {

    /** Time for the JVM to start and Gatling to write its report, beyond the run's own bound. */
    private static final long SLACK_SECONDS = 180;

    private GatlingChild() {
    }

    /** Runs {@code simulation} and returns Gatling's exit status (0 ok, 2 assertions failed, other: it failed). */
    static int run(String simulation, List<String> systemProperties, Path resultsFolder, String description,
                   int maxRunSeconds) throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(pluginJvmOptions());
        command.addAll(GatewayParameters.gatlingJvmArgs());
        command.addAll(systemProperties);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of("io.gatling.app.Gatling", "-s", simulation, "-rf", resultsFolder.toString(),
                "-rd", description));
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Gatling JVM: " + e, e);
        }
        try {
            if (!process.waitFor(maxRunSeconds + SLACK_SECONDS, TimeUnit.SECONDS)) {
                System.err.println("[gateway] the Gatling JVM did not end within " + (maxRunSeconds + SLACK_SECONDS)
                        + " s; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return -1;
            }
            return process.exitValue();
        } finally {
            process.destroyForcibly();
        }
    }

    /** gatling-maven-plugin 4.21.12's defaults for a forked Gatling JVM, on this JDK. */
    private static List<String> pluginJvmOptions() {
        int feature = Runtime.version().feature();
        List<String> options = new ArrayList<>(List.of("-XX:+HeapDumpOnOutOfMemoryError", "-XX:MaxInlineLevel=20",
                "-XX:MaxTrivialSize=12"));
        if (feature >= 24) {
            options.add("--sun-misc-unsafe-memory-access=allow");
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        options.addAll(List.of("-Xmx1G", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED"));
        return options;
    }
}
