package org.clientcost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The /stats JSON round-trips, tolerates whitespace and key order, and rejects anything else in one line. */
class ServerStatsTest {

    @Test
    void roundTrips() {
        Map<String, Long> byEndpoint = new LinkedHashMap<>();
        byEndpoint.put("hello", 5L);
        byEndpoint.put("stats", 2L);
        ServerStats stats = new ServerStats(3, 1, 5, byEndpoint);
        String json = stats.toJson();
        assertEquals("{\"connectionsOpened\":3,\"connectionsOpen\":1,\"requestsServed\":5,"
                + "\"tlsHandshakesFull\":0,\"tlsHandshakesResumed\":0,\"tlsHandshakesFailed\":0,\"repeatedRequests\":0,"
                + "\"requestsByEndpoint\":{\"hello\":5,\"stats\":2}}", json);
        assertEquals(stats, ServerStats.parse(json));
        assertEquals(5, stats.requests("hello"));
        assertEquals(0, stats.requests("echo"));
    }

    @Test
    void acceptsWhitespaceAndAnyKeyOrder() {
        ServerStats stats = ServerStats.parse(" { \"requestsByEndpoint\" : { \"hello\" : 7 } ,\n"
                + "\"requestsServed\":7, \"connectionsOpen\":0 ,\"connectionsOpened\":2 }\n");
        assertEquals(2, stats.connectionsOpened());
        assertEquals(7, stats.requests("hello"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html>nginx</html>", "{}", "{\"connectionsOpened\":1}",
        "{\"connectionsOpened\":1,\"connectionsOpen\":1,\"requestsServed\":x,\"requestsByEndpoint\":{}}",
        "{\"connectionsOpened\":1,\"connectionsOpen\":1,\"requestsServed\":1,\"requestsByEndpoint\":{}} trailing"})
    void rejectsAnythingElseWithOneLine(String json) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ServerStats.parse(json));
        assertTrue(error.getMessage().startsWith("not target-server stats JSON"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
    }
}
