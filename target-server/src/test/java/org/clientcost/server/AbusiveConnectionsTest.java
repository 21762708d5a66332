package org.clientcost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clientcost.server.RawHttpConnection.Response;
import org.clientcost.server.launch.StatsClient;
import org.junit.jupiter.api.Test;

/**
 * Connections that would hold the server hostage are cut off: silent clients, clients that drip a
 * request head a byte at a time, and floods beyond the connection cap. Raw bytes over real sockets.
 */
class AbusiveConnectionsTest {

    @Test
    void aClientThatSendsNothingIsDisconnected() throws Exception {
        ServerConfig config = ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.idleTimeout = Duration.ofMillis(300);
        });
        try (TargetServer server = TargetServer.start(config);
             RawHttpConnection silent = new RawHttpConnection(server.uri(), 20_000)) {
            assertTrue(silent.closedByServer(), "closed by the server within the 20 s read timeout");
        }
    }

    @Test
    void anIdleKeepAliveConnectionIsDisconnectedAfterItsLastResponse() throws Exception {
        ServerConfig config = ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.idleTimeout = Duration.ofMillis(300);
        });
        try (TargetServer server = TargetServer.start(config);
             RawHttpConnection connection = new RawHttpConnection(server.uri(), 20_000)) {
            assertEquals(200, connection.get("/hello").status());
            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void aSlowResponseIsNotCutByTheIdleTimeout() throws Exception {
        ServerConfig config = ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.idleTimeout = Duration.ofMillis(200);
        });
        try (TargetServer server = TargetServer.start(config);
             RawHttpConnection connection = new RawHttpConnection(server.uri(), 20_000)) {
            Response response = connection.get("/delay/1000");
            assertEquals(200, response.status(), "the server owed this answer, so the idle timer waits for it");
        }
    }

    @Test
    void aClientThatStopsReadingAResponseIsDisconnected() throws Exception {
        ServerConfig config = ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.idleTimeout = Duration.ofMillis(300);
        });
        try (TargetServer server = TargetServer.start(config);
             Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress(server.uri().getHost(), server.uri().getPort()));
            stalled.getOutputStream().write("GET /bytes/16777216 HTTP/1.1\r\nhost: t\r\n\r\n".getBytes());
            // Never read: 16 MiB cannot fit in the socket buffers, so the server's write stalls.
            StatsClient stats = new StatsClient(server.uri());
            boolean closed = false;
            for (int attempt = 0; attempt < 150 && !closed; attempt++) {
                Thread.sleep(100);
                closed = stats.fetch().connectionsOpen() == StatsClient.CONNECTIONS_PER_CALL;
            }
            assertTrue(closed, "the stalled connection is closed; only the stats reader's own stays open");
        }
    }

    @Test
    void aClientDrippingItsHeadersIsAnswered408AndDisconnected() throws Exception {
        ServerConfig config = ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.idleTimeout = Duration.ofSeconds(60);
            c.headerTimeout = Duration.ofMillis(500);
        });
        try (TargetServer server = TargetServer.start(config);
             RawHttpConnection drip = new RawHttpConnection(server.uri(), 20_000)) {
            byte[] head = ("GET /hello HTTP/1.1\r\nhost: t\r\n" + "x-drip: slow\r\n".repeat(200) + "\r\n").getBytes();
            // Every byte arrives well within the idle timeout; only the whole head takes too long (3 s > 0.5 s).
            for (int sent = 0; sent < 150 && !drip.answerWaiting(); sent++) {
                drip.send(new byte[] {head[sent]});
                Thread.sleep(20);
            }
            Response response = drip.read();
            assertEquals(408, response.status());
            assertEquals("close", response.header("connection"));
            assertTrue(drip.closedByServer());
            try (RawHttpConnection other = new RawHttpConnection(server.uri())) {
                assertEquals(200, other.get("/hello").status(), "others are still served");
            }
        }
    }

    @Test
    void connectionsBeyondTheCapAreRefused() throws Exception {
        ServerConfig config = ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.maxConnections = 3;
        });
        try (TargetServer server = TargetServer.start(config)) {
            List<RawHttpConnection> held = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    RawHttpConnection connection = new RawHttpConnection(server.uri());
                    held.add(connection);
                    assertEquals(200, connection.get("/hello").status());
                }
                for (int i = 0; i < 5; i++) {
                    assertTrue(refused(server), "connection " + (4 + i) + " is over the cap of 3");
                }
                for (RawHttpConnection connection : held) {
                    assertEquals(200, connection.get("/hello").status(), "connections under the cap keep working");
                }
                held.remove(0).close();
                assertTrue(servedWithinAFewTries(server), "a slot freed by a close is usable again");
            } finally {
                for (RawHttpConnection connection : held) {
                    connection.close();
                }
            }
        }
    }

    /** Connects and asks for /hello: true if the server resets or closes instead of answering. */
    private static boolean refused(TargetServer server) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("GET /hello HTTP/1.1\r\nhost: t\r\n\r\n");
            return connection.closedByServer();
        } catch (SocketException e) {
            return true;
        }
    }

    /** The server learns of a close asynchronously, so the freed slot may take a moment to appear. */
    private static boolean servedWithinAFewTries(TargetServer server) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
                if (connection.get("/hello").status() == 200) {
                    return true;
                }
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    @Test
    void refusedConnectionsAreNotCountedAsOpened() throws Exception {
        ServerConfig config = ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.maxConnections = 1;
        });
        try (TargetServer server = TargetServer.start(config);
             RawHttpConnection holder = new RawHttpConnection(server.uri())) {
            assertEquals(200, holder.get("/hello").status());
            StatsClient stats = new StatsClient(server.uri());
            assertThrowsIo(stats::fetch);
            Response raw = holder.get("/stats");
            assertTrue(raw.bodyText().startsWith("{\"connectionsOpened\":1,\"connectionsOpen\":1,"), raw.bodyText());
        }
    }

    private static void assertThrowsIo(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return;
        }
        throw new AssertionError("expected the stats read over the cap to fail");
    }
}
