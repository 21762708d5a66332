package org.clientcost.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Option parsing: the four required choices, every optional value and its default, and the one-line errors. */
class GatewayCommandLineTest {

    private static final String[] REQUIRED = {
        "--upstream", "http://127.0.0.1:8080", "--client", "okhttp", "--mode", "perRequest", "--style", "async"};

    private static String[] with(String... more) {
        String[] args = new String[REQUIRED.length + more.length];
        System.arraycopy(REQUIRED, 0, args, 0, REQUIRED.length);
        System.arraycopy(more, 0, args, REQUIRED.length, more.length);
        return args;
    }

    private static String error(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> GatewayCommandLine.parse(args)).getMessage();
    }

    @Test
    void theRequiredChoicesAloneGiveTheDefaults() {
        GatewayConfig config = GatewayCommandLine.parse(REQUIRED).config();
        assertEquals(GatewayConfig.of(URI.create("http://127.0.0.1:8080"), ClientLibrary.OKHTTP, ClientMode.PER_REQUEST,
                HandlerStyle.ASYNC), config);
        assertEquals("127.0.0.1", config.host());
        assertEquals(0, config.port());
        assertEquals(200, config.workers());
        assertEquals(Duration.ofSeconds(10), config.upstreamTimeout());
    }

    @Test
    void everyOptionTakesBothForms() {
        GatewayConfig config = GatewayCommandLine.parse(with("--port", "8081", "--workers=16", "--max-in-flight", "64",
                "--max-threads=512", "--upstream-timeout-ms", "250", "--host=::1")).config();
        assertEquals(8081, config.port());
        assertEquals(16, config.workers());
        assertEquals(64, config.maxInFlight());
        assertEquals(512, config.maxThreads());
        assertEquals(Duration.ofMillis(250), config.upstreamTimeout());
        assertEquals("::1", config.host());
        assertEquals(Duration.ofMillis(250), config.clientSettings().requestTimeout());
        assertEquals(Duration.ofMillis(250), config.clientSettings().connectTimeout(), "connect never waits longer than the call");
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        assertTrue(GatewayCommandLine.parse("--client", "x", "--help").helpRequested());
        assertNull(GatewayCommandLine.parse("-h").config());
        String help = GatewayCommandLine.help();
        for (String expected : new String[] {"--upstream URL", "--client jdk|okhttp|ahc", "--mode singleton|freshConnection|perRequest",
            "--style sync|async", "(default: 127.0.0.1)", "(default: 0)", "(default: 200)", "(default: 512)", "(default: 2048)",
            "(default: 10000)", "--max-in-flight", "--max-threads", "--upstream-timeout-ms", "--workers", "--port", "--host", "--help"}) {
            assertTrue(help.contains(expected), "help lacks '" + expected + "':\n" + help);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--style                 | missing --style",
        "--max-in-flight=0       | --max-in-flight must be at least 1, got 0",
        "--workers=many          | --workers must be a whole number, got 'many'",
        "--upstream-timeout-ms=0 | --upstream-timeout-ms must be positive, got 0",
        "--port=70000            | --port must be in 0..65535, got 70000",
        "--max-threads=8         | --max-threads must be at least 64, got 8",
        "--verbose               | unknown option '--verbose'",
        "--port                  | option --port needs a value",
    })
    void badOptionsGetOneLineNamingTheOption(String arg, String message) {
        String[] args = arg.equals("--style") ? new String[] {"--upstream", "http://127.0.0.1:1", "--client", "jdk", "--mode", "singleton"}
                : with(arg);
        assertEquals(message, error(args));
    }

    @Test
    void badChoicesAndUpstreamsAreRejected() {
        assertEquals("--client: unknown client 'curl' (expected one of jdk|okhttp|ahc)",
                error("--upstream", "http://127.0.0.1:1", "--client", "curl", "--mode", "singleton", "--style", "sync"));
        assertEquals("--mode: unknown mode 'pooled' (expected one of singleton|freshConnection|perRequest)",
                error("--upstream", "http://127.0.0.1:1", "--client", "jdk", "--mode", "pooled", "--style", "sync"));
        assertEquals("--style: unknown style 'reactive' (expected one of sync|async)",
                error("--upstream", "http://127.0.0.1:1", "--client", "jdk", "--mode", "singleton", "--style", "reactive"));
        assertEquals("--upstream must be on a loopback address (127.0.0.1, ::1), got '192.0.2.1'",
                error("--upstream", "http://192.0.2.1:80", "--client", "jdk", "--mode", "singleton", "--style", "sync"));
        assertEquals("--upstream must be http://HOST:PORT or https://HOST:PORT, got 'ftp://127.0.0.1:21'",
                error("--upstream", "ftp://127.0.0.1:21", "--client", "jdk", "--mode", "singleton", "--style", "sync"));
        assertTrue(error("--upstream", "https://127.0.0.1:443", "--client", "jdk", "--mode", "singleton", "--style", "sync")
                .startsWith("--upstream-cert PEM is needed for an https upstream"));
        assertEquals("--upstream-cert is for an https upstream only, got http://127.0.0.1:8080",
                error(with("--upstream-cert", "/nonexistent.pem")));
        assertTrue(error("--upstream", "https://127.0.0.1:443", "--client", "jdk", "--mode", "singleton", "--style", "sync",
                "--upstream-cert", "/nonexistent.pem").startsWith("--upstream-cert: cannot read a certificate to trust from"));
        assertEquals("--upstream must be http://HOST:PORT with nothing after the port, got 'http://127.0.0.1:8080/api'",
                error("--upstream", "http://127.0.0.1:8080/api", "--client", "jdk", "--mode", "singleton", "--style", "sync"));
        assertEquals("option --client given twice", error(with("--client", "jdk")));
        for (String message : new String[] {error("--upstream", "http://[::1]:99999"), error(with("--workers=-1"))}) {
            assertTrue(!message.contains("\n"), "one line: " + message);
        }
    }
}
