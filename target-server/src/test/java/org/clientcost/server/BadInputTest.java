package org.clientcost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clientcost.server.RawHttpConnection.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bad input from the table, sent as raw bytes: each gets its status and a one-line reason,
 * and the server keeps serving everyone else (checked after every test).
 */
class BadInputTest {

    private static TargetServer server;

    @BeforeAll
    static void start() {
        server = TargetServer.start(ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.maxInitialLineLength = 1024;
            c.maxHeaderSize = 2048;
            c.maxBodySize = 10_000;
        }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void nothingElseIsAffected() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            assertEquals("Hello, World!", connection.get("/hello").bodyText());
        }
    }

    private static Response sendRaw(String request) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            return connection.send(request).read();
        }
    }

    private static void assertOneLineReason(Response response) {
        String body = response.bodyText();
        assertTrue(body.endsWith("\n") && body.indexOf('\n') == body.length() - 1 && body.length() > 1,
                "one-line reason expected, got: " + body);
        assertEquals("text/plain", response.header("content-type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GARBAGE\r\n\r\n",
        "GET /hello\r\n\r\n",
        "GET /hello HTTP/9.x\r\n\r\n",
        "GET /hello HTTP/1.1\r\nno colon here\r\n\r\n",
        "GET /hello HTTP/1.1\r\nbad name: x\r\n\r\n",
        "GET /hello HTTP/1.1\r\nx-ok: bad\u0001value\r\n\r\n",
        "POST /echo HTTP/1.1\r\ncontent-length: abc\r\n\r\n",
        "POST /echo HTTP/1.1\r\ncontent-length: 3\r\ncontent-length: 4\r\n\r\nabcd",
        "POST /echo HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n",
    })
    void malformedRequestsGet400AndTheConnectionCloses(String request) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            Response response = connection.send(request).read();
            assertEquals(400, response.status(), response.bodyText());
            assertOneLineReason(response);
            assertEquals("close", response.header("connection"));
            assertTrue(connection.closedByServer());
        }
    }

    @Test
    void headersTooLargeGet431() throws Exception {
        Response response = sendRaw("GET /hello HTTP/1.1\r\nx-big: " + "h".repeat(3000) + "\r\n\r\n");
        assertEquals(431, response.status());
        assertOneLineReason(response);
    }

    @Test
    void uriTooLongGets414() throws Exception {
        Response response = sendRaw("GET /hello?" + "q".repeat(2000) + " HTTP/1.1\r\n\r\n");
        assertEquals(414, response.status());
        assertOneLineReason(response);
    }

    @Test
    void declaredBodyTooLargeGets413WithoutReadingIt() throws Exception {
        Response response = sendRaw("POST /echo HTTP/1.1\r\nhost: t\r\ncontent-length: 10001\r\n\r\n");
        assertEquals(413, response.status());
        assertOneLineReason(response);
        assertEquals("close", response.header("connection"));
    }

    @Test
    void chunkedBodyTooLargeGets413() throws Exception {
        String chunk = Integer.toHexString(6000) + "\r\n" + "c".repeat(6000) + "\r\n";
        Response response = sendRaw("POST /echo HTTP/1.1\r\nhost: t\r\ntransfer-encoding: chunked\r\n\r\n"
                + chunk + chunk + "0\r\n\r\n");
        assertEquals(413, response.status());
        assertOneLineReason(response);
    }

    @Test
    void bodyAtTheLimitIsAccepted() throws Exception {
        Response response = sendRaw("POST /echo HTTP/1.1\r\nhost: t\r\ncontent-length: 10000\r\n\r\n"
                + "b".repeat(10_000));
        assertEquals(200, response.status());
        assertEquals(10_000, response.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/nowhere", "/hello/", "/bytes", "/echo/x", "/stats/x", "/HELLO"})
    void unknownPathsGet404AndKeepTheConnection(String path) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            Response response = connection.get(path);
            assertEquals(404, response.status());
            assertOneLineReason(response);
            assertEquals(200, connection.get("/hello").status());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /hello, 'GET, HEAD'", "DELETE, /hello, 'GET, HEAD'", "PUT, /bytes/1, 'GET, HEAD'",
        "POST, /delay/1, 'GET, HEAD'", "POST, /status/200, 'GET, HEAD'", "GET, /echo, POST",
        "POST, /stats, 'GET, HEAD'", "GET, /stats/reset, POST",
    })
    void wrongMethodsGet405WithAllow(String method, String path, String allow) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            connection.send(method + " " + path + " HTTP/1.1\r\nhost: t\r\ncontent-length: 0\r\n\r\n");
            Response response = connection.read();
            assertEquals(405, response.status());
            assertEquals(allow, response.header("allow"));
            assertOneLineReason(response);
            assertEquals(200, connection.get("/hello").status());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/bytes/-1", "/bytes/abc", "/bytes/16777217", "/bytes/99999999999999999999", "/bytes/", "/bytes/1.5",
        "/bytes/+1", "/delay/60001", "/delay/x", "/delay/-5", "/status/99", "/status/600", "/status/20x",
        "/status/",
    })
    void badParametersGet400WithAReason(String path) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            Response response = connection.get(path);
            assertEquals(400, response.status());
            assertOneLineReason(response);
            assertTrue(response.bodyText().contains("must be an integer in"), response.bodyText());
            assertEquals(200, connection.get("/hello").status(), "the connection stays usable");
        }
    }

    @Test
    void unsupportedExpectationGets417() throws Exception {
        Response response = sendRaw("POST /echo HTTP/1.1\r\nhost: t\r\nexpect: something\r\ncontent-length: 1\r\n\r\n");
        assertEquals(417, response.status());
        assertOneLineReason(response);
    }

    @Test
    void reasonsNeverEchoControlCharacters() throws Exception {
        Response response = sendRaw("GET /bytes/\u00ff\u0007x HTTP/1.1\r\nhost: t\r\n\r\n");
        assertEquals(400, response.status());
        assertOneLineReason(response);
        assertFalse(response.bodyText().chars().anyMatch(c -> c < 0x20 && c != '\n' || c > 0x7e));
    }
}
