package org.clientcost.clients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.clientcost.server.ServerConfig;
import org.clientcost.server.TargetServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The response-returning calls ({@code fetch}, {@code fetchAsync}) of every adapter against a real target server:
 * status, headers and body come back as sent, whatever the status; a slow upstream is an
 * {@link UpstreamTimeoutException} after the caller's request timeout; an upstream that is down is another
 * {@link IOException}, never a timeout.
 */
class UpstreamResponseCallsTest {

    /** Short enough to keep the test quick, long enough that a loopback /hello never comes close. */
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);
    /** Far beyond SHORT_TIMEOUT, well inside the test's own patience. */
    private static final String SLOW_PATH = "/delay/3000";
    /** How long a test waits for an async answer that must come after SHORT_TIMEOUT. */
    private static final long ASYNC_WAIT_SECONDS = 20;

    private static TargetServer server;

    @BeforeAll
    static void startServer() {
        server = TargetServer.start(ServerConfig.defaults().with(c -> c.port = 0));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static URI at(String path) {
        return server.uri().resolve(path);
    }

    private static String text(UpstreamResponse response) {
        return new String(response.body(), StandardCharsets.US_ASCII);
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void fetchHandsBackStatusHeadersAndBody(ClientLibrary library) throws Exception {
        try (HttpClientAdapter client = library.build(ClientSettings.defaults())) {
            UpstreamResponse hello = client.fetch(at("/hello"), false);
            assertEquals(200, hello.status());
            assertEquals("Hello, World!", text(hello));
            assertEquals(Optional.of("13"), hello.header("Content-Length"));
            assertEquals(Optional.of("text/plain"), hello.header("content-type").map(v -> v.split(";")[0]));

            UpstreamResponse bytes = client.fetchAsync(at("/bytes/30"), false).get(ASYNC_WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(200, bytes.status());
            assertEquals("abcdefghijklmnopqrstuvwxyzabcd", text(bytes));
            assertEquals(Optional.of("application/octet-stream"), bytes.header("CONTENT-TYPE"));
        }
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void anErrorStatusIsAResponseNotAnException(ClientLibrary library) throws Exception {
        try (HttpClientAdapter client = library.build(ClientSettings.defaults())) {
            assertEquals(503, client.fetch(at("/status/503"), false).status());
            UpstreamResponse async = client.fetchAsync(at("/status/500"), false).get(ASYNC_WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(500, async.status());
            assertArrayEquals(new byte[0], async.body());
        }
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void aSlowUpstreamIsATimeoutSyncAndAsync(ClientLibrary library) throws Exception {
        try (HttpClientAdapter client = library.build(ClientSettings.defaults().withRequestTimeout(SHORT_TIMEOUT))) {
            UpstreamTimeoutException sync = assertThrows(UpstreamTimeoutException.class, () -> client.fetch(at(SLOW_PATH), false));
            assertTrue(sync.getMessage().contains(SLOW_PATH) && sync.getMessage().contains("300 ms"), sync.getMessage());

            ExecutionException async = assertThrows(ExecutionException.class,
                    () -> client.fetchAsync(at(SLOW_PATH), false).get(ASYNC_WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(UpstreamTimeoutException.class, async.getCause(), "cause: " + async.getCause());

            assertEquals(200, client.fetch(at("/hello"), false).status(), "the client still works after a timeout");
        }
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void anUpstreamThatIsDownIsAnErrorNotATimeout(ClientLibrary library) throws Exception {
        URI down = URI.create("http://127.0.0.1:" + freePort() + "/hello");
        try (HttpClientAdapter client = library.build(ClientSettings.defaults())) {
            IOException sync = assertThrows(IOException.class, () -> client.fetch(down, false));
            assertFalse(sync instanceof UpstreamTimeoutException, "refused is not a timeout: " + sync);

            ExecutionException async = assertThrows(ExecutionException.class,
                    () -> client.fetchAsync(down, false).get(ASYNC_WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(IOException.class, async.getCause());
            assertFalse(async.getCause() instanceof UpstreamTimeoutException, "refused is not a timeout: " + async.getCause());
        }
    }

    /** A loopback port nothing listens on any more (bound, then released). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
