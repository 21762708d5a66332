package org.clientcost.gatling.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * {@link GatewayEndpoint#parse}: the three endpoints the matrix can proxy, the body each answer must have (what the
 * simulation checks every response against), and null for anything else, which the option reports as one line.
 */
class GatewayEndpointTest {

    @Test
    void helloExpectsTheTargetServersGreeting() {
        GatewayEndpoint hello = GatewayEndpoint.parse("/hello");
        assertEquals("hello", hello.statsKey());
        assertEquals("Hello, World!", hello.body());
    }

    @Test
    void bytesExpectsTheLetterPatternOfItsLength() {
        GatewayEndpoint bytes = GatewayEndpoint.parse("/bytes/30");
        assertEquals("bytes", bytes.statsKey());
        assertEquals("abcdefghijklmnopqrstuvwxyzabcd", bytes.body());
        assertEquals(30, bytes.bodyLength());
    }

    @Test
    void delayExpectsAnEmptyBody() {
        GatewayEndpoint delay = GatewayEndpoint.parse("/delay/5");
        assertEquals("delay", delay.statsKey());
        assertEquals("", delay.body());
    }

    @Test
    void anythingElseIsNone() {
        assertNull(GatewayEndpoint.parse("/nope"));
        assertNull(GatewayEndpoint.parse("/bytes/"));
        assertNull(GatewayEndpoint.parse("/bytes/-1"));
        assertNull(GatewayEndpoint.parse("/bytes/ten"));
        assertNull(GatewayEndpoint.parse("/delay/1e3"));
        assertNull(GatewayEndpoint.parse("/bytes/16777217"), "beyond the target server's 16 MiB");
        assertNull(GatewayEndpoint.parse("/delay/60001"), "beyond a minute");
    }
}
