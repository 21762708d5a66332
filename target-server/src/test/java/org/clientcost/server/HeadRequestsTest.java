package org.clientcost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.clientcost.server.RawHttpConnection.Response;
import org.clientcost.server.launch.StatsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HEAD, as raw bytes over real sockets: every GET endpoint answers it with the head a GET gets (Content-Length
 * included) and no body, error answers too. Each check pipelines a GET behind the HEAD on the same connection:
 * a stray body would be read as the start of that second answer.
 */
class HeadRequestsTest {

    private static final String HELLO = "GET /hello HTTP/1.1\r\nhost: t\r\n\r\n";

    private static TargetServer server;

    @BeforeAll
    static void start() {
        server = TargetServer.start(ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.maxHeaderSize = 2048;
            c.maxBodySize = 10_000;
        }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aHeadFollowedByAGetOnOneConnectionGetsTwoCorrectAnswers() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("HEAD /hello HTTP/1.1\r\nhost: t\r\n\r\n" + HELLO);
            Response head = connection.readHeadAnswer();
            assertEquals(200, head.status());
            assertEquals("13", head.header("content-length"));
            assertEquals("text/plain", head.header("content-type"));
            Response get = connection.read();
            assertEquals(200, get.status());
            assertEquals("Hello, World!", get.bodyText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/hello", "/hello?q=1", "/bytes/0", "/bytes/26", "/bytes/200000", "/bytes/16777216", "/delay/0", "/delay/200",
        "/status/200", "/status/404", "/status/503", "/status/204", "/status/304",
        "/nowhere", "/bytes/x", "/delay/60001", "/status/600", "/echo", "/stats/reset",
    })
    void headGetsTheHeadAGetGetsAndNoBody(String path) throws Exception {
        Response get;
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            get = connection.get(path);
        }
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("HEAD " + path + " HTTP/1.1\r\nhost: t\r\n\r\n" + HELLO);
            Response head = connection.readHeadAnswer();
            assertEquals(get.status(), head.status());
            assertEquals(withoutDate(get), withoutDate(head));
            assertEquals("Hello, World!", connection.read().bodyText(), "the GET behind the HEAD " + path);
        }
    }

    @Test
    void headOfStatsHasTheJsonLengthAndNoBody() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("HEAD /stats HTTP/1.1\r\nhost: t\r\n\r\n" + HELLO);
            Response head = connection.readHeadAnswer();
            assertEquals(200, head.status());
            assertEquals("application/json", head.header("content-type"));
            assertTrue(Integer.parseInt(head.header("content-length")) > 100, head.header("content-length"));
            assertEquals("Hello, World!", connection.read().bodyText());
        }
    }

    @Test
    void headIsCountedAsTheGetToTheSamePathWouldBe() throws Exception {
        StatsClient stats = new StatsClient(server.uri());
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.get("/hello"); // make sure this connection is counted before the reset
            stats.reset();
            connection.send("HEAD /hello HTTP/1.1\r\nhost: t\r\n\r\n");
            connection.readHeadAnswer();
            connection.send("HEAD /bytes/7 HTTP/1.1\r\nhost: t\r\n\r\n");
            connection.readHeadAnswer();
            connection.send("HEAD /nowhere HTTP/1.1\r\nhost: t\r\n\r\n");
            connection.readHeadAnswer();
            connection.send("HEAD /stats HTTP/1.1\r\nhost: t\r\n\r\n");
            connection.readHeadAnswer();
            ServerStats counted = ServerStats.parse(connection.get("/stats").bodyText());
            assertEquals(1, counted.requests("hello"));
            assertEquals(1, counted.requests("bytes"));
            assertEquals(1, counted.requests("other"));
            assertEquals(2, counted.requests("stats"), "HEAD /stats and this GET /stats");
            assertEquals(3, counted.requestsServed(), "HEAD /stats is not served, as GET /stats is not");
        }
    }

    @Test
    void headWithConnectionCloseGetsTheHeadThenTheClose() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("HEAD /bytes/100 HTTP/1.1\r\nhost: t\r\nconnection: close\r\n\r\n");
            Response head = connection.readHeadAnswer();
            assertEquals("100", head.header("content-length"));
            assertEquals("close", head.header("connection"));
            assertTrue(connection.closedByServer(), "nothing, no body, comes before the close");
        }
    }

    @Test
    void headOverHttp10KeepAliveCarriesNoBody() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("HEAD /hello HTTP/1.0\r\nconnection: keep-alive\r\n\r\n"
                    + "GET /hello HTTP/1.0\r\nconnection: keep-alive\r\n\r\n");
            Response head = connection.readHeadAnswer();
            assertEquals("keep-alive", head.header("connection"));
            assertEquals("13", head.header("content-length"));
            assertEquals("Hello, World!", connection.read().bodyText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "HEAD /hello HTTP/1.1\r\nhost: t\r\ncontent-length: 10001\r\n\r\n",
        "HEAD /hello HTTP/1.1\r\nhost: t\r\nexpect: something\r\n\r\n",
        "HEAD /hello HTTP/1.1\r\nhost: t\r\ncontent-length: abc\r\n\r\n",
    })
    void refusedHeadRequestsGetTheirErrorWithoutABody(String request) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            Response head = connection.send(request).readHeadAnswer();
            assertTrue(head.status() >= 400, head.statusLine());
            assertTrue(Integer.parseInt(head.header("content-length")) > 0, "the length the reason would have");
            assertEquals("close", head.header("connection"));
            assertTrue(connection.closedByServer(), "no body comes before the close");
        }
    }

    @Test
    void headWithHeadersTooLargeGets431WithoutABody() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            Response head = connection.send("HEAD /hello HTTP/1.1\r\nx-big: " + "h".repeat(3000) + "\r\n\r\n")
                    .readHeadAnswer();
            assertEquals(431, head.status());
            assertTrue(connection.closedByServer(), "no body comes before the close");
        }
    }

    private static Map<String, String> withoutDate(Response response) {
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        assertTrue(headers.remove("date") != null, "every answer has a date");
        return headers;
    }
}
