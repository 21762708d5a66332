package org.clientcost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clientcost.server.RawHttpConnection.Response;
import org.clientcost.server.launch.StatsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keep-alive, Connection: close, HTTP/1.0 and pipelining, seen from a raw socket and from /stats. */
class ConnectionBehaviourTest {

    private static TargetServer server;

    @BeforeAll
    static void start() {
        server = TargetServer.start(ServerConfig.defaults().with(c -> c.port = 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void manyRequestsOverOneConnectionOpenExactlyOneConnection() throws Exception {
        StatsClient stats = new StatsClient(server.uri());
        stats.reset();
        int requests = 50;
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            for (int i = 0; i < requests; i++) {
                Response response = connection.get("/hello");
                assertEquals(200, response.status());
                assertNull(response.header("connection"), "HTTP/1.1 keep-alive needs no connection header");
            }
        }
        ServerStats after = stats.fetch();
        assertEquals(1 + StatsClient.CONNECTIONS_PER_CALL, after.connectionsOpened(),
                "one connection for the requests, plus the stats reader's own");
        assertEquals(requests, after.requests("hello"));
        assertEquals(requests, after.requestsServed());
    }

    @Test
    void connectionCloseIsHonoured() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("GET /hello HTTP/1.1\r\nhost: test\r\nconnection: close\r\n\r\n");
            Response response = connection.read();
            assertEquals("Hello, World!", response.bodyText());
            assertEquals("close", response.header("connection"));
            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void http10ClosesUnlessKeepAliveIsAsked() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("GET /hello HTTP/1.0\r\n\r\n");
            assertEquals("close", connection.read().header("connection"));
            assertTrue(connection.closedByServer());
        }
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("GET /hello HTTP/1.0\r\nconnection: keep-alive\r\n\r\n");
            assertEquals("keep-alive", connection.read().header("connection"));
            connection.send("GET /bytes/4 HTTP/1.0\r\nconnection: keep-alive\r\n\r\n");
            assertEquals("abcd", connection.read().bodyText());
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("GET /bytes/5 HTTP/1.1\r\nhost: t\r\n\r\n"
                    + "GET /status/201 HTTP/1.1\r\nhost: t\r\n\r\n"
                    + "GET /delay/300 HTTP/1.1\r\nhost: t\r\n\r\n"
                    + "GET /hello HTTP/1.1\r\nhost: t\r\n\r\n"
                    + "POST /echo HTTP/1.1\r\nhost: t\r\ncontent-length: 4\r\n\r\nping"
                    + "GET /delay/1 HTTP/1.1\r\nhost: t\r\n\r\n"
                    + "GET /nowhere HTTP/1.1\r\nhost: t\r\n\r\n"
                    + "GET /bytes/2 HTTP/1.1\r\nhost: t\r\nconnection: close\r\n\r\n"
                    + "GET /hello HTTP/1.1\r\nhost: t\r\n\r\n");
            assertEquals("abcde", connection.read().bodyText());
            assertEquals(201, connection.read().status());
            Response delayed = connection.read();
            assertEquals(200, delayed.status());
            assertEquals(0, delayed.body().length);
            assertEquals("Hello, World!", connection.read().bodyText());
            assertEquals("ping", connection.read().bodyText());
            assertEquals(200, connection.read().status());
            assertEquals(404, connection.read().status());
            Response last = connection.read();
            assertEquals("ab", last.bodyText());
            assertEquals("close", last.header("connection"));
            assertTrue(connection.closedByServer(), "nothing is answered after the connection: close request");
        }
    }

    @Test
    void manyPipelinedHellosInOneWrite() throws Exception {
        int requests = 500;
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("GET /hello HTTP/1.1\r\nhost: t\r\n\r\n".repeat(requests));
            for (int i = 0; i < requests; i++) {
                assertEquals("Hello, World!", connection.read().bodyText());
            }
        }
    }
}
