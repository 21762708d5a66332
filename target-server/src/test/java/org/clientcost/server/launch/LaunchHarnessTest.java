package org.clientcost.server.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clientcost.server.ServerStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The harness other modules use: a real child JVM that prints its URL, serves, counts, and exits 0
 * on SIGTERM after finishing what is in flight; and {@code target.url} validation.
 */
class LaunchHarnessTest {

    @Test
    void childProcessServesAndExitsZeroOnSigterm() throws Exception {
        TargetServerProcess server = TargetServerProcess.start(List.of("-Xmx128m"), List.of());
        try {
            assertEquals("127.0.0.1", server.uri().getHost());
            assertTrue(server.uri().getPort() > 0);
            StatsClient stats = new StatsClient(server.uri());
            stats.reset();
            try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
                String answer = exchange(socket, "GET /hello HTTP/1.1\r\nhost: t\r\nconnection: close\r\n\r\n");
                assertTrue(answer.startsWith("HTTP/1.1 200 OK\r\n") && answer.endsWith("\r\n\r\nHello, World!"),
                        answer);
            }
            ServerStats after = stats.fetch();
            assertEquals(1, after.requests("hello"));
            assertEquals(1 + StatsClient.CONNECTIONS_PER_CALL, after.connectionsOpened());
        } finally {
            server.close();
        }
        assertFalse(server.alive());
        assertEquals(0, server.exitValue());
    }

    @Test
    void sigtermLetsAnInFlightResponseFinish() throws Exception {
        TargetServerProcess server = TargetServerProcess.start(List.of("-Xmx128m"), List.of());
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /delay/1500 HTTP/1.1\r\nhost: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200); // let the request reach the server before the signal
            Thread stopper = new Thread(server::close);
            stopper.start();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer);
            assertTrue(answer.contains("connection: close\r\n"), "a draining server closes after the answer: " + answer);
            stopper.join(30_000);
        } finally {
            server.close();
        }
        assertEquals(0, server.exitValue());
    }

    @Test
    void badOptionsExitTwoWithOneLine() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.clientcost.server.TargetServerMain", "--port", "x")
                .redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertEquals("target-server: --port must be an integer, got 'x' (see --help)\n", output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "ftp://127.0.0.1:21", "http://127.0.0.1", "http://127.0.0.1:8080/hello",
        "http://10.1.2.3:80", "http://user@127.0.0.1:80", "http://[::1:80", "127.0.0.1:8080"})
    void garbageTargetUrlGivesOneLine(String url) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TargetEndpoint.resolve(url));
        assertTrue(error.getMessage().startsWith("-D" + TargetEndpoint.URL_PROPERTY + "='"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
    }

    @Test
    void externalTargetUrlIsUsedAndLeftRunning() {
        try (TargetEndpoint endpoint = TargetEndpoint.resolve("http://127.0.0.1:9/")) {
            assertTrue(endpoint.external());
            assertEquals("http://127.0.0.1:9", endpoint.uri().toString());
        }
        try (TargetEndpoint endpoint = TargetEndpoint.resolve("http://[::1]:8080")) {
            assertEquals("http://[::1]:8080", endpoint.uri().toString());
        }
    }

    @Test
    void withoutTargetUrlAServerProcessIsStarted() {
        try (TargetEndpoint endpoint = TargetEndpoint.resolve(null)) {
            assertFalse(endpoint.external());
            assertEquals(0, endpoint.stats().fetch().requestsServed());
        }
    }

    private static String exchange(Socket socket, String request) throws Exception {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    }
}
