package org.clientcost.server.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clientcost.server.ServerStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The harness other modules use: a real child JVM that prints its URL, serves, counts, and exits 0
 * on SIGTERM after finishing what is in flight; {@code target.url} validation; and a service in front of the
 * target server taking the load while /stats are still read from the target.
 */
class LaunchHarnessTest {

    @Test
    void childProcessServesAndExitsZeroOnSigterm() throws Exception {
        ServiceProcess server = TargetServerProcess.start(List.of("-Xmx128m"), List.of());
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
        ServiceProcess server = TargetServerProcess.start(List.of("-Xmx128m"), List.of());
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
    void aSelfSignedCertificateLeavesNoFileOrDirectoryBehindAfterSigterm() {
        ServiceProcess server = TargetServerProcess.start(List.of("-Xmx128m"), List.of());
        Path certificate;
        try {
            String printed = server.printedBefore(TargetServerProcess.CERTIFICATE_LINE);
            assertNotNull(printed, "the server prints its certificate file");
            certificate = Path.of(printed);
            assertTrue(Files.isRegularFile(certificate), "written while the server runs: " + certificate);
        } finally {
            server.close();
        }
        assertEquals(0, server.exitValue());
        assertFalse(Files.exists(certificate.getParent()),
                "the temporary directory is deleted on exit, not only its files: " + certificate.getParent());
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

    @Test
    void anUnusableCertificateExitsTwoWithOneLine() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.clientcost.server.TargetServerMain", "--port", "0",
                "--tls-port", "0", "--cert", "/nonexistent/cert.pem", "--key", "/nonexistent/key.pem")
                .redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertTrue(output.startsWith("target-server: --cert /nonexistent/cert.pem is not a readable PEM certificate: "),
                output);
        assertEquals(1, output.lines().count(), output);
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
            assertFalse(endpoint.https());
            assertThrows(IllegalStateException.class, endpoint::tlsUri);
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
            assertTrue(endpoint.https(), "a started target server always has an HTTPS port");
            assertEquals("https", endpoint.tlsUri().getScheme());
            assertEquals("127.0.0.1", endpoint.tlsUri().getHost());
            assertTrue(Files.isReadable(endpoint.certificate()), endpoint.certificate().toString());
        }
    }

    @Test
    void aServiceInFrontIsLoadedWhileStatsAreStillTheTargetServers() throws Exception {
        List<ServiceProcess> fronts = new ArrayList<>();
        List<URI> upstreams = new ArrayList<>();
        TargetEndpoint endpoint = TargetEndpoint.resolve(null).withFront(upstream -> {
            upstreams.add(upstream);
            // A second target server stands in for a gateway: it is a different process with its own /stats.
            ServiceProcess front = TargetServerProcess.command(List.of("-Xmx128m"), List.of())
                    .output(line -> { }).start();
            fronts.add(front);
            return front;
        });
        try {
            assertEquals(fronts.get(0).uri(), endpoint.uri(), "the load goes to the front service");
            assertEquals(upstreams.get(0), endpoint.statsUri(), "the front was handed the target server");
            assertFalse(endpoint.external());
            endpoint.stats().reset();
            try (Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort())) {
                exchange(socket, "GET /hello HTTP/1.1\r\nhost: t\r\nconnection: close\r\n\r\n");
            }
            assertEquals(0, endpoint.stats().fetch().requests("hello"), "the target server was not loaded");
            assertEquals(1, new StatsClient(endpoint.uri()).fetch().requests("hello"), "the front service was");
        } finally {
            endpoint.close();
        }
        assertFalse(fronts.get(0).alive(), "close stops the front service");
        assertThrows(UncheckedIOException.class, () -> endpoint.stats().fetch(), "and the target server");
    }

    @Test
    void aFrontThatFailsToStartLeavesNothingRunning() {
        List<URI> upstreams = new ArrayList<>();
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> TargetEndpoint.resolve(null).withFront(upstream -> {
                    upstreams.add(upstream);
                    throw new IllegalStateException("gateway did not start");
                }));
        assertEquals("gateway did not start", error.getMessage());
        StatsClient target = new StatsClient(upstreams.get(0));
        assertThrows(UncheckedIOException.class, target::fetch, "the target server started for it was stopped");
    }

    private static String exchange(Socket socket, String request) throws Exception {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    }
}
