package org.clientcost.gateway;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clientcost.clients.ClientLibrary;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.Keyed;

/**
 * {@code --name value} / {@code --name=value} arguments to a {@link GatewayConfig}, and the {@code --help} text, which
 * lists every option with its default (read from {@link GatewayConfig}). Bad input is a one-line
 * {@link IllegalArgumentException} that names the option.
 */
final class GatewayCommandLine {

    /** A config to run with, or (help requested) none. */
    record Parsed(GatewayConfig config, boolean helpRequested) { }

    /** One option; {@code apply} is null for the four required ones and the upstream's certificate, set together. */
    private record Option(String name, String valueName, String description, String defaultValue,
                          BiFunction<GatewayConfig, String, GatewayConfig> apply) { }

    private static final List<Option> OPTIONS = List.of(
            new Option("--upstream", "URL", "the server to proxy to, http://HOST:PORT or https://HOST:PORT on loopback (required)",
                    null, null),
            new Option("--client", Keyed.keys(ClientLibrary.class), "client library for the upstream calls (required)", null, null),
            new Option("--mode", Keyed.keys(ClientMode.class),
                    "one shared client, the shared client with Connection: close, or a client per request (required)", null, null),
            new Option("--style", Keyed.keys(HandlerStyle.class),
                    "blocking calls on a worker pool, or async calls from the event loop (required)", null, null),
            new Option("--host", "ADDRESS", "address to bind", GatewayConfig.DEFAULT_HOST, GatewayConfig::withHost),
            new Option("--port", "N", "TCP port; 0 picks a free one", String.valueOf(GatewayConfig.DEFAULT_PORT),
                    (c, v) -> c.withPort(integer("--port", v))),
            new Option("--workers", "N", "worker threads of the sync style", String.valueOf(GatewayConfig.DEFAULT_WORKERS),
                    (c, v) -> c.withWorkers(integer("--workers", v))),
            new Option("--max-in-flight", "N", "proxied requests handled at once; more get 503",
                    String.valueOf(GatewayConfig.DEFAULT_MAX_IN_FLIGHT), (c, v) -> c.withMaxInFlight(integer("--max-in-flight", v))),
            new Option("--max-threads", "N", "build a client only below this many live threads, otherwise 503; perRequest waits (up to the upstream timeout) from 7/8 of it on",
                    String.valueOf(GatewayConfig.DEFAULT_MAX_THREADS), (c, v) -> c.withMaxThreads(integer("--max-threads", v))),
            new Option("--upstream-timeout-ms", "MS", "timeout of every upstream call, all clients alike; past it 504",
                    String.valueOf(GatewayConfig.DEFAULT_UPSTREAM_TIMEOUT.toMillis()),
                    (c, v) -> c.withUpstreamTimeout(Duration.ofMillis(integer("--upstream-timeout-ms", v)))),
            new Option("--upstream-cert", "PEM", "the certificate an https upstream presents, the only one trusted (required with https)",
                    null, null));

    private GatewayCommandLine() {
    }

    static Parsed parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Parsed(null, true);
            }
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (OPTIONS.stream().noneMatch(o -> o.name().equals(name))) {
                throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            if (values.put(name, value) != null) {
                throw new IllegalArgumentException("option " + name + " given twice");
            }
        }
        return new Parsed(config(values), false);
    }

    private static GatewayConfig config(Map<String, String> values) {
        URI upstream = uri(required(values, "--upstream"));
        ClientLibrary client = choice(values, "--client", ClientLibrary::byKey);
        ClientMode mode = choice(values, "--mode", ClientMode::byKey);
        HandlerStyle style = choice(values, "--style", HandlerStyle::byKey);
        String cert = values.get("--upstream-cert");
        GatewayConfig config = naming(() -> new GatewayConfig(upstream, client, mode, style, GatewayConfig.DEFAULT_HOST,
                GatewayConfig.DEFAULT_PORT, GatewayConfig.DEFAULT_WORKERS, GatewayConfig.DEFAULT_MAX_IN_FLIGHT,
                GatewayConfig.DEFAULT_MAX_THREADS, GatewayConfig.DEFAULT_UPSTREAM_TIMEOUT, cert == null ? null : Path.of(cert.trim())));
        for (Option option : OPTIONS) {
            String value = values.get(option.name());
            if (option.apply() != null && value != null) {
                GatewayConfig current = config;
                config = naming(() -> option.apply().apply(current, value));
            }
        }
        return config;
    }

    static String help() {
        StringBuilder text = new StringBuilder()
                .append("usage: java -jar gateway.jar --upstream http://127.0.0.1:PORT --client C --mode M --style S [options]\n")
                .append("       (an https:// upstream also needs --upstream-cert PEM)\n")
                .append("An HTTP/1.1 service whose handlers call the upstream with one client library, used in one mode.\n")
                .append("GET /proxy/hello, /proxy/bytes/{n}, /proxy/delay/{ms} call the upstream's /hello, /bytes/{n}, /delay/{ms};\n")
                .append("GET /stats shows the gateway's counters. Prints 'listening on http://HOST:PORT' when ready;\n")
                .append("SIGTERM or Ctrl-C finishes in-flight requests, closes the client and exits 0.\n\n")
                .append("options (value as '--name value' or '--name=value'):\n");
        for (Option option : OPTIONS) {
            text.append(String.format(Locale.ROOT, "  %-46s %s%s%n", option.name() + " " + option.valueName(), option.description(),
                    option.defaultValue() == null ? "" : " (default: " + option.defaultValue() + ")"));
        }
        text.append(String.format(Locale.ROOT, "  %-46s %s%n", "--help", "print this text and exit"));
        return text.toString();
    }

    /** Runs a config step; a rejection from {@link GatewayConfig} ("port must ...") gets the option's dashes. */
    private static GatewayConfig naming(Supplier<GatewayConfig> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new IllegalArgumentException(message.startsWith("--") ? message : "--" + message, e);
        }
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private static <T> T choice(Map<String, String> values, String name, Function<String, T> byKey) {
        String value = required(values, name);
        try {
            return byKey.apply(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static URI uri(String value) {
        try {
            return new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--upstream is not a URL: '" + value + "'", e);
        }
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
        }
    }
}
