package org.clientcost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Options are parsed into the config; bad options become one clear line naming the option. */
class ServerCommandLineTest {

    @Test
    void noArgumentsMeansDefaultsOnLoopback() {
        ServerCommandLine.Parsed parsed = ServerCommandLine.parse();
        assertFalse(parsed.helpRequested());
        assertEquals("127.0.0.1", parsed.config().host());
        assertEquals(8080, parsed.config().port());
        assertEquals(ServerConfig.defaults().toString(), parsed.config().toString());
    }

    @Test
    void everyOptionIsApplied() {
        ServerConfig config = ServerCommandLine.parse("--host", "::1", "--port=0", "--io-threads", "2",
                "--transport", "nio", "--max-connections", "7", "--idle-timeout-ms", "1500",
                "--header-timeout-ms=900", "--drain-timeout-ms", "100", "--max-initial-line", "512",
                "--max-header-size", "1024", "--max-body", "99").config();
        assertEquals("::1", config.host());
        assertEquals(0, config.port());
        assertEquals(2, config.ioThreads());
        assertEquals(ServerConfig.Transport.NIO, config.transport());
        assertEquals(7, config.maxConnections());
        assertEquals(Duration.ofMillis(1500), config.idleTimeout());
        assertEquals(Duration.ofMillis(900), config.headerTimeout());
        assertEquals(Duration.ofMillis(100), config.drainTimeout());
        assertEquals(512, config.maxInitialLineLength());
        assertEquals(1024, config.maxHeaderSize());
        assertEquals(99, config.maxBodySize());
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        assertTrue(ServerCommandLine.parse("--port", "1", "--help").helpRequested());
        String help = ServerCommandLine.help();
        ServerConfig defaults = ServerConfig.defaults();
        for (String expected : new String[] {
            "--host", "(default: 127.0.0.1)", "--port", "(default: 8080)", "--io-threads",
            "(default: " + defaults.ioThreads() + ")", "--transport", "(default: auto)", "--max-connections",
            "--idle-timeout-ms", "--header-timeout-ms", "--drain-timeout-ms", "--max-initial-line",
            "--max-header-size", "--max-body", "(default: " + defaults.maxBodySize() + ")", "--help",
        }) {
            assertTrue(help.contains(expected), "help mentions " + expected + ":\n" + help);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--port|abc|--port must be an integer, got 'abc'",
        "--port|70000|--port must be in 0..65535, got 70000",
        "--io-threads|0|--io-threads must be in 1..256, got 0",
        "--transport|kqueue|--transport must be one of auto, epoll, nio, got 'kqueue'",
        "--idle-timeout-ms|0|--idle-timeout-ms must be in 1..86400000 ms, got 0",
        "--max-connections|-1|--max-connections must be in 1..1000000, got -1",
        "--bogus|1|unknown option '--bogus'",
    })
    void badOptionsGiveOneLine(String option, String value, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ServerCommandLine.parse(option, value));
        assertEquals(message, error.getMessage());
    }

    @Test
    void missingValueIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ServerCommandLine.parse("--port"));
        assertEquals("option --port needs a value", error.getMessage());
    }
}
