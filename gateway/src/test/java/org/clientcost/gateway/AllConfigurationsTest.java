package org.clientcost.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.server.ServerStats;
import org.clientcost.server.launch.StatsClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * All 18 configurations (3 clients x 3 modes x 2 styles) against one real target-server process: every answer to
 * {@code /proxy/hello} and {@code /proxy/bytes/{n}} is the upstream's, and the upstream's own {@code /stats} shows what
 * each mode does with connections: singleton reuses them (no more than the requests in flight at once), freshConnection
 * and perRequest open exactly one per request. The gateway's {@code /stats} agrees: answers by status, clients built.
 * The gateway runs in-process here (one per configuration); its process behaviour is tested in GatewayProcessTest.
 */
class AllConfigurationsTest {

    /** Sequential requests, then this many at once: enough for reuse to show, few enough to stay quick. */
    private static final int SEQUENTIAL = 6;
    private static final int CONCURRENT = 4;
    private static final int BYTES = 1000;

    @RegisterExtension
    static final Upstream UPSTREAM = Upstream.inItsOwnJvm();
    @RegisterExtension
    final InProcessGateways gateways = new InProcessGateways();

    static Stream<Arguments> configurations() {
        List<Arguments> all = new ArrayList<>();
        for (ClientLibrary client : ClientLibrary.values()) {
            for (ClientMode mode : ClientMode.values()) {
                for (HandlerStyle style : HandlerStyle.values()) {
                    all.add(Arguments.of(client, mode, style));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("configurations")
    void answersCorrectlyAndUsesConnectionsAsItsModeSays(ClientLibrary client, ClientMode mode, HandlerStyle style) throws Exception {
        ServerStats before = UPSTREAM.stats().fetch();
        GatewayClient http = gateways.start(GatewayConfig.of(UPSTREAM.uri(), client, mode, style));
        for (int i = 0; i < SEQUENTIAL; i++) {
            assertHello(http.get("/proxy/hello"));
        }
        List<CompletableFuture<HttpResponse<String>>> together = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            together.add(http.getAsync("/proxy/hello"));
        }
        for (CompletableFuture<HttpResponse<String>> answer : together) {
            assertHello(answer.join());
        }
        HttpResponse<String> bytes = http.get("/proxy/bytes/" + BYTES);
        assertEquals(200, bytes.statusCode());
        assertEquals(BYTES, bytes.body().length());
        assertTrue(bytes.body().startsWith("abcdefghijklmnopqrstuvwxyz"), bytes.body().substring(0, 30));
        assertEquals("application/octet-stream", bytes.headers().firstValue("content-type").orElse(""));

        int requests = SEQUENTIAL + CONCURRENT + 1;
        ServerStats after = UPSTREAM.stats().fetch();
        long opened = after.connectionsOpened() - before.connectionsOpened() - StatsClient.CONNECTIONS_PER_CALL;
        assertEquals(SEQUENTIAL + CONCURRENT, after.requests("hello") - before.requests("hello"), "upstream /hello requests");
        assertEquals(1, after.requests("bytes") - before.requests("bytes"), "upstream /bytes requests");
        if (mode == ClientMode.SINGLETON) {
            assertTrue(opened >= 1 && opened <= CONCURRENT, "singleton reuses connections: opened " + opened
                    + " for " + requests + " requests, at most " + CONCURRENT + " at once");
        } else {
            assertEquals(requests, opened, mode.key() + " opens one connection per request");
        }

        JsonNode stats = http.stats();
        assertEquals(requests, stats.path("answered").path("200").asLong(), stats.toString());
        assertEquals(1, stats.path("answered").size(), "only 200s: " + stats);
        assertEquals(mode == ClientMode.PER_REQUEST ? requests : 1, stats.path("clientsBuilt").asLong(), stats.toString());
        assertEquals(0, stats.path("upstreamErrors").asLong() + stats.path("upstreamTimeouts").asLong()
                + stats.path("overCapacity").asLong(), stats.toString());
        assertEquals(client.key() + " " + mode.key() + " " + style.key(),
                stats.path("client").asText() + " " + stats.path("mode").asText() + " " + stats.path("style").asText());
    }

    private static void assertHello(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Hello, World!", response.body());
    }
}
