package org.clientcost.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The caller-settable timeouts and the one-line rejection of values no client could use. */
class ClientSettingsTest {

    @Test
    void timeoutsCanBeSetOneByOne() {
        ClientSettings defaults = ClientSettings.defaults();
        ClientSettings changed = defaults.withRequestTimeout(Duration.ofMillis(250)).withConnectTimeout(Duration.ofMillis(100));
        assertEquals(new ClientSettings(Duration.ofMillis(100), Duration.ofMillis(250), defaults.maxConcurrentRequests()), changed);
        assertEquals(Duration.ofSeconds(10), defaults.requestTimeout(), "withers do not change the original");
        assertEquals(null, defaults.trust(), "the libraries' default trust unless asked");
        assertEquals(changed, changed.withTrust(null));
    }

    @Test
    void nonPositiveTimeoutsAndLimitsAreRejected() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> ClientSettings.defaults().withRequestTimeout(Duration.ZERO));
        assertEquals("timeouts must be positive, got connect 5000 ms and request 0 ms", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClientSettings.defaults().withConnectTimeout(Duration.ofMillis(-1)));
        assertThrows(NullPointerException.class, () -> ClientSettings.defaults().withRequestTimeout(null));
        assertThrows(IllegalArgumentException.class, () -> new ClientSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    }
}
