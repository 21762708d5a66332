package org.clientcost.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every client and both styles: an upstream 5xx answers 502, an upstream slower than the upstream timeout 504,
 * an upstream that is down 502; each with a one-line reason, each counted in the gateway's /stats. The gateway keeps
 * serving afterwards. Upstreams here: the target server embedded (for /delay), a JDK HttpServer that answers 500 to
 * everything, and a loopback port nobody listens on.
 */
class UpstreamFailureTest {

    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    @RegisterExtension
    static final Upstream SLOW_UPSTREAM = Upstream.inThisJvm();
    @RegisterExtension
    final InProcessGateways gateways = new InProcessGateways();

    private static HttpServer failingUpstream;

    @BeforeAll
    static void startFailingUpstream() throws IOException {
        failingUpstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        failingUpstream.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        failingUpstream.start();
    }

    @AfterAll
    static void stopFailingUpstream() {
        failingUpstream.stop(0);
    }

    static Stream<Arguments> clientsAndStyles() {
        List<Arguments> all = new ArrayList<>();
        for (ClientLibrary client : ClientLibrary.values()) {
            for (HandlerStyle style : HandlerStyle.values()) {
                all.add(Arguments.of(client, style));
            }
        }
        return all.stream();
    }

    private static GatewayConfig config(URI upstream, ClientLibrary client, HandlerStyle style) {
        return GatewayConfig.of(upstream, client, ClientMode.SINGLETON, style).withUpstreamTimeout(SHORT_TIMEOUT);
    }

    private static void assertReason(HttpResponse<String> response, int status, String start) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().startsWith(start), response.body());
        assertEquals(1, response.body().lines().count(), "one line: " + response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clientsAndStyles")
    void anUpstream5xxIsA502(ClientLibrary client, HandlerStyle style) throws Exception {
        URI upstream = URI.create("http://127.0.0.1:" + failingUpstream.getAddress().getPort());
        GatewayClient http = gateways.start(config(upstream, client, style));
        assertReason(http.get("/proxy/hello"), 502, "upstream error: GET " + upstream + "/hello?seq=0 answered 500");
        JsonNode stats = http.stats();
        assertEquals(1, stats.path("upstreamErrors").asLong(), stats.toString());
        assertEquals(1, stats.path("answered").path("502").asLong(), stats.toString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clientsAndStyles")
    void aSlowUpstreamIsA504AndTheGatewayGoesOn(ClientLibrary client, HandlerStyle style) throws Exception {
        GatewayClient http = gateways.start(config(SLOW_UPSTREAM.uri(), client, style));
        HttpResponse<String> slow = http.get("/proxy/delay/3000");
        assertReason(slow, 504, "upstream timeout: GET " + SLOW_UPSTREAM.uri() + "/delay/3000?seq=0 timed out");
        assertTrue(slow.body().contains("300 ms"), slow.body());
        HttpResponse<String> fast = http.get("/proxy/delay/0");
        assertEquals(200, fast.statusCode(), fast.body());
        JsonNode stats = http.stats();
        assertEquals(1, stats.path("upstreamTimeouts").asLong(), stats.toString());
        assertEquals(0, stats.path("upstreamErrors").asLong(), stats.toString());
        assertEquals(1, stats.path("answered").path("504").asLong(), stats.toString());
        assertEquals(1, stats.path("answered").path("200").asLong(), stats.toString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clientsAndStyles")
    void anUpstreamThatIsDownIsA502(ClientLibrary client, HandlerStyle style) throws Exception {
        URI down = URI.create("http://127.0.0.1:" + freePort());
        GatewayClient http = gateways.start(config(down, client, style));
        assertReason(http.get("/proxy/hello"), 502, "upstream error: GET " + down + "/hello?seq=0: ");
        JsonNode stats = http.stats();
        assertEquals(1, stats.path("upstreamErrors").asLong(), stats.toString());
        assertEquals(0, stats.path("upstreamTimeouts").asLong(), "refused is not a timeout: " + stats);
    }

    /** A loopback port nothing listens on any more (bound, then released). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
