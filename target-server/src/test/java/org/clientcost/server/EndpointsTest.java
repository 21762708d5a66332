package org.clientcost.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clientcost.server.RawHttpConnection.Response;
import org.clientcost.server.launch.StatsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint, over real sockets, against an embedded server on a free port. */
class EndpointsTest {

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
    void helloAnswersTheFixedBody() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            Response response = connection.get("/hello");
            assertEquals(200, response.status());
            assertEquals("Hello, World!", response.bodyText());
            assertEquals("13", response.header("content-length"));
            assertEquals("text/plain", response.header("content-type"));
            assertTrue(response.header("date").endsWith(" GMT"), response.header("date"));
        }
    }

    @Test
    void helloIgnoresTheQueryAndAcceptsAbsoluteForm() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            assertEquals("Hello, World!", connection.get("/hello?x=1").bodyText());
            assertEquals("Hello, World!", connection.get("http://test/hello").bodyText());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 26, 65_535, 65_536, 65_537, 200_000, ServerConfig.MAX_BYTES})
    void bytesAnswersExactlyNBytes(int n) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            Response response = connection.get("/bytes/" + n);
            assertEquals(200, response.status());
            assertEquals(String.valueOf(n), response.header("content-length"));
            assertEquals(n, response.body().length);
            if (n > 0) {
                assertEquals('a', response.body()[0]);
            }
            // The connection stays usable after a body of any size.
            assertEquals(200, connection.get("/hello").status());
        }
    }

    @Test
    void delayAnswersAfterTheDelayWithoutHoldingOtherConnections() throws Exception {
        try (RawHttpConnection slow = new RawHttpConnection(server.uri());
             RawHttpConnection other = new RawHttpConnection(server.uri())) {
            slow.send("GET /delay/1500 HTTP/1.1\r\nhost: test\r\n\r\n");
            // The single event loop is not blocked: another connection is answered meanwhile.
            assertEquals("Hello, World!", other.get("/hello").bodyText());
            Response delayed = slow.read();
            assertEquals(200, delayed.status());
            assertEquals("0", delayed.header("content-length"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 302, 400, 404, 418, 500, 503, 599})
    void statusAnswersThatStatusWithAnEmptyBody(int code) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            Response response = connection.get("/status/" + code);
            assertEquals(code, response.status());
            assertEquals("0", response.header("content-length"));
            assertEquals(200, connection.get("/hello").status(), "keep-alive after /status/" + code);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 304})
    void statusWithoutBodyHasNoContentLength(int code) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            Response response = connection.get("/status/" + code);
            assertEquals(code, response.status());
            assertNull(response.header("content-length"));
            assertEquals(200, connection.get("/hello").status());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 103, 199})
    void informationalStatusIsSentThenTheConnectionCloses(int code) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            assertEquals(code, connection.get("/status/" + code).status());
            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void echoReturnsTheBody() throws Exception {
        byte[] body = new byte[100_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31);
        }
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("POST /echo HTTP/1.1\r\nhost: test\r\ncontent-length: " + body.length + "\r\n\r\n");
            connection.send(body);
            Response response = connection.read();
            assertEquals(200, response.status());
            assertArrayEquals(body, response.body());
            assertEquals(200, connection.get("/hello").status());
        }
    }

    @Test
    void echoReturnsAChunkedBodyWithContentLength() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("POST /echo HTTP/1.1\r\nhost: test\r\ntransfer-encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n");
            Response response = connection.read();
            assertEquals("hello, world", response.bodyText());
            assertEquals("12", response.header("content-length"));
        }
    }

    @Test
    void echoAnswersExpectContinueBeforeTheBody() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("POST /echo HTTP/1.1\r\nhost: test\r\nexpect: 100-continue\r\ncontent-length: 3\r\n\r\n");
            assertEquals(100, connection.read().status());
            connection.send("abc");
            assertEquals("abc", connection.read().bodyText());
        }
    }

    @Test
    void emptyEchoIsAnEmptyBody() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send("POST /echo HTTP/1.1\r\nhost: test\r\ncontent-length: 0\r\n\r\n");
            Response response = connection.read();
            assertEquals(200, response.status());
            assertEquals(0, response.body().length);
        }
    }

    @Test
    void statsCountsRequestsByEndpointAndResetZeroesThem() throws Exception {
        StatsClient stats = new StatsClient(server.uri());
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.get("/hello"); // make sure this connection is counted before the reset
            stats.reset();
            connection.get("/hello");
            connection.get("/hello");
            connection.get("/bytes/3");
            connection.get("/status/500");
            connection.get("/nowhere");
            connection.send("POST /echo HTTP/1.1\r\nhost: test\r\ncontent-length: 1\r\n\r\nx").read();
            Response raw = connection.get("/stats");
            assertEquals("application/json", raw.header("content-type"));
            ServerStats counted = ServerStats.parse(raw.bodyText());
            assertEquals(2, counted.requests("hello"));
            assertEquals(1, counted.requests("bytes"));
            assertEquals(1, counted.requests("status"));
            assertEquals(1, counted.requests("echo"));
            assertEquals(1, counted.requests("other"));
            assertEquals(1, counted.requests("stats"), "the /stats request counts itself under stats only");
            assertEquals(6, counted.requestsServed());
            assertEquals(0, counted.connectionsOpened(), "no connection was opened since the reset");
            assertTrue(counted.connectionsOpen() >= 1);
        }
    }

    @Test
    void aSequenceNumberAnsweredTwiceCountsAsARepeatedRequest() throws Exception {
        StatsClient stats = new StatsClient(server.uri());
        stats.reset();
        try (RawHttpConnection first = new RawHttpConnection(server.uri());
             RawHttpConnection second = new RawHttpConnection(server.uri())) {
            assertEquals(200, first.get("/hello?seq=7").status());
            assertEquals(200, first.get("/hello?seq=8").status());
            assertEquals(200, first.get("/bytes/3?x=1&seq=9").status());
            assertEquals(0, stats.fetch().repeatedRequests(), "three different numbers");
            assertEquals(200, second.get("/hello?seq=7").status(), "a re-send on another connection is answered");
            assertEquals(200, second.get("/hello?seq=abc").status());
            assertEquals(200, second.get("/hello").status());
        }
        ServerStats counted = stats.fetch();
        assertEquals(1, counted.repeatedRequests(), "seq=7 twice; no number or a malformed one is not tracked");
        assertEquals(5, counted.requests("hello"));
        stats.reset();
        try (RawHttpConnection again = new RawHttpConnection(server.uri())) {
            again.get("/hello?seq=7");
        }
        assertEquals(0, stats.fetch().repeatedRequests(), "a reset forgets the numbers seen");
    }

    @Test
    void refusedRequestsCountUnderTheEndpointTheyAskedFor() throws Exception {
        StatsClient stats = new StatsClient(server.uri());
        stats.reset();
        try (RawHttpConnection tooLarge = new RawHttpConnection(server.uri());
             RawHttpConnection badExpectation = new RawHttpConnection(server.uri());
             RawHttpConnection unparsable = new RawHttpConnection(server.uri())) {
            tooLarge.send("POST /echo HTTP/1.1\r\nhost: t\r\ncontent-length: 99999999\r\n\r\n");
            assertEquals(413, tooLarge.read().status());
            badExpectation.send("POST /echo HTTP/1.1\r\nhost: t\r\nexpect: x\r\ncontent-length: 1\r\n\r\n");
            assertEquals(417, badExpectation.read().status());
            unparsable.send("GARBAGE\r\n\r\n");
            assertEquals(400, unparsable.read().status());
        }
        ServerStats counted = stats.fetch();
        assertEquals(2, counted.requests("echo"), "413 and 417 for /echo count as echo");
        assertEquals(1, counted.requests("other"), "a request that cannot be parsed counts as other");
        assertEquals(3, counted.requestsServed());
    }

    @Test
    void statsJsonHasExactlyTheContractKeys() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            String json = connection.get("/stats").bodyText();
            String shape = json.replaceAll("[0-9]+", "N");
            assertEquals("{\"connectionsOpened\":N,\"connectionsOpen\":N,\"requestsServed\":N,"
                    + "\"tlsHandshakesFull\":N,\"tlsHandshakesResumed\":N,\"tlsHandshakesFailed\":N,\"repeatedRequests\":N,"
                    + "\"requestsByEndpoint\":"
                    + "{\"hello\":N,\"bytes\":N,\"delay\":N,\"status\":N,\"echo\":N,\"stats\":N,\"other\":N}}", shape);
            assertEquals(json, ServerStats.parse(json).toJson());
        }
    }
}
