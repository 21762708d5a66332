package org.clientcost.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clientcost.server.launch.ServiceCommand;
import org.clientcost.server.launch.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gateway as a process of its own, started by target-server's launch harness in front of a target-server
 * process: SIGTERM lets an in-flight request finish, closes the client and exits 0 with no client thread left
 * behind; bad options exit 2 with one line; --help exits 0 listing the options.
 */
class GatewayProcessTest {

    private static final String MAIN = GatewayMain.class.getName();
    private static final List<String> JVM_ARGS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC");

    @RegisterExtension
    static final Upstream UPSTREAM = Upstream.inItsOwnJvm();

    private static ServiceCommand gateway(List<String> args, List<String> output) {
        return ServiceCommand.of("gateway", MAIN).jvmArgs(JVM_ARGS).args(args).output(line -> {
            output.add(line);
            System.out.println("[gateway] " + line);
        });
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"jdk, singleton, sync", "okhttp, singleton, async", "ahc, singleton, sync", "ahc, perRequest, async"})
    void sigtermFinishesTheRequestInFlightAndLeavesNoClientThreads(String client, String mode, String style) throws Exception {
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<String>> inFlight;
        ServiceProcess process = gateway(List.of("--upstream", UPSTREAM.uri().toString(), "--client", client, "--mode", mode,
                "--style", style), output).start();
        try {
            GatewayClient http = new GatewayClient(process.uri());
            assertEquals("Hello, World!", http.get("/proxy/hello").body());
            inFlight = http.getAsync("/proxy/delay/1500");
            http.awaitInFlight(1);
        } finally {
            process.close(); // SIGTERM, then waits for the exit and the last output line (kill after the grace period)
        }
        HttpResponse<String> answered = inFlight.join();
        assertEquals(200, answered.statusCode(), "the request in flight at SIGTERM is answered: " + answered.body());
        assertEquals("close", answered.headers().firstValue("connection").orElse(""), "draining answers close the connection");
        assertEquals(0, process.exitValue(), "exit status after SIGTERM; output: " + output);
        String stopped = output.stream().filter(line -> line.startsWith("stopped")).findFirst().orElse("(none)");
        assertTrue(stopped.startsWith("stopped: no client threads left behind"), stopped);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--upstream http://127.0.0.1:1 --client jdk --mode singleton                    | gateway: missing --style (see --help)",
        "--upstream http://192.0.2.1:80 --client jdk --mode singleton --style sync     | gateway: --upstream must be on a loopback address (127.0.0.1, ::1), got '192.0.2.1' (see --help)",
        "--upstream http://127.0.0.1:1 --client jdk --mode singleton --style sync --workers 0 | gateway: --workers must be at least 1, got 0 (see --help)",
    })
    void badOptionsExit2WithOneLine(String args, String line) {
        List<String> output = new CopyOnWriteArrayList<>();
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> gateway(List.of(args.split(" ")), output).start().close());
        assertTrue(failed.getMessage().contains("exited with status 2"), failed.getMessage());
        assertEquals(List.of(line), output);
    }

    @Test
    void helpListsTheOptionsAndExits0() {
        List<String> output = new CopyOnWriteArrayList<>();
        IllegalStateException exited = assertThrows(IllegalStateException.class,
                () -> gateway(List.of("--help"), output).start().close());
        assertTrue(exited.getMessage().contains("exited with status 0"), exited.getMessage());
        assertTrue(output.get(0).startsWith("usage: java -jar gateway.jar"), output.toString());
        assertTrue(output.stream().anyMatch(l -> l.contains("--upstream-timeout-ms") && l.contains("(default: 10000)")), output.toString());
    }
}
