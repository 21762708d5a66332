package org.clientcost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one copy helper changes exactly what it is told to, and a rejected value leaves the original as it was. */
class ServerConfigTest {

    @Test
    void withChangesOnlyTheNamedValues() {
        ServerConfig defaults = ServerConfig.defaults();
        ServerConfig changed = defaults.with(c -> {
            c.port = 0;
            c.idleTimeout = Duration.ofMillis(250);
        });
        assertEquals(0, changed.port());
        assertEquals(Duration.ofMillis(250), changed.idleTimeout());
        assertEquals(new ServerConfig(defaults.host(), 0, defaults.ioThreads(), defaults.transport(),
                defaults.maxConnections(), Duration.ofMillis(250), defaults.headerTimeout(), defaults.drainTimeout(),
                defaults.maxInitialLineLength(), defaults.maxHeaderSize(), defaults.maxBodySize(),
                defaults.tlsPort(), defaults.certFile(), defaults.keyFile(), defaults.tlsProvider()), changed);
        assertEquals(8080, defaults.port(), "the original is not changed");
        assertNotEquals(defaults, changed);
    }

    @Test
    void aRejectedValueIsOneLineAndChangesNothing() {
        ServerConfig defaults = ServerConfig.defaults();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> defaults.with(c -> c.maxHeaderSize = 10));
        assertEquals("max-header-size must be in 256..1048576, got 10", error.getMessage());
        assertEquals(ServerConfig.defaults(), defaults);
    }

    @Test
    void missingOrBlankValuesAreRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.defaults().with(c -> c.host = " "));
        assertEquals("host must be a non-empty address or name, got ' '", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().with(c -> c.transport = null));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().with(c -> c.drainTimeout = null));
    }
}
