package org.clientcost.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Turns {@code --name value} / {@code --name=value} arguments into a {@link ServerConfig}, and writes
 * the {@code --help} text. Every option's default is read from {@link ServerConfig#defaults()}.
 * Bad input becomes a one-line {@link IllegalArgumentException}.
 */
final class ServerCommandLine {

    /** What the command line asked for: a config to run with, or only the help text. */
    record Parsed(ServerConfig config, boolean helpRequested) { }

    private record Option(String description, Function<ServerConfig, String> defaultValue,
                          BiConsumer<ServerConfig.Values, String> apply) { }

    private static final Map<String, Option> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("--host", new Option("address to bind (loopback unless you ask otherwise)",
                ServerConfig::host, (c, v) -> c.host = v));
        OPTIONS.put("--port", new Option("TCP port; 0 picks any free port",
                c -> String.valueOf(c.port()), (c, v) -> c.port = integer("--port", v)));
        OPTIONS.put("--io-threads", new Option("event-loop threads",
                c -> String.valueOf(c.ioThreads()), (c, v) -> c.ioThreads = integer("--io-threads", v)));
        OPTIONS.put("--transport", new Option("auto | epoll | nio (auto = epoll when available, else nio)",
                c -> c.transport().name().toLowerCase(Locale.ROOT), (c, v) -> c.transport = transport(v)));
        OPTIONS.put("--max-connections", new Option("concurrent connections; more are refused (closed at once)",
                c -> String.valueOf(c.maxConnections()),
                (c, v) -> c.maxConnections = integer("--max-connections", v)));
        OPTIONS.put("--idle-timeout-ms", new Option("close a connection that sends nothing for this long",
                c -> String.valueOf(c.idleTimeout().toMillis()),
                (c, v) -> c.idleTimeout = Duration.ofMillis(integer("--idle-timeout-ms", v))));
        OPTIONS.put("--header-timeout-ms", new Option("a request head must be complete this long after its first byte (408)",
                c -> String.valueOf(c.headerTimeout().toMillis()),
                (c, v) -> c.headerTimeout = Duration.ofMillis(integer("--header-timeout-ms", v))));
        OPTIONS.put("--drain-timeout-ms", new Option("on SIGTERM, wait this long for in-flight responses",
                c -> String.valueOf(c.drainTimeout().toMillis()),
                (c, v) -> c.drainTimeout = Duration.ofMillis(integer("--drain-timeout-ms", v))));
        OPTIONS.put("--max-initial-line", new Option("longest request line in bytes (414 beyond)",
                c -> String.valueOf(c.maxInitialLineLength()),
                (c, v) -> c.maxInitialLineLength = integer("--max-initial-line", v)));
        OPTIONS.put("--max-header-size", new Option("largest header block in bytes (431 beyond)",
                c -> String.valueOf(c.maxHeaderSize()),
                (c, v) -> c.maxHeaderSize = integer("--max-header-size", v)));
        OPTIONS.put("--max-body", new Option("largest request body in bytes (413 beyond)",
                c -> String.valueOf(c.maxBodySize()), (c, v) -> c.maxBodySize = integer("--max-body", v)));
        OPTIONS.put("--tls-port", new Option("HTTPS port (TLS 1.3 and 1.2) besides the HTTP one; 0 picks any free port",
                c -> c.tls() ? String.valueOf(c.tlsPort()) : "off", (c, v) -> c.tlsPort = integer("--tls-port", v)));
        OPTIONS.put("--cert", new Option("PEM certificate for the HTTPS port (with --key); default: self-signed, made at start",
                c -> c.certFile() == null ? "generated" : c.certFile().toString(), (c, v) -> c.certFile = Path.of(v)));
        OPTIONS.put("--key", new Option("PEM PKCS#8 private key of --cert",
                c -> c.keyFile() == null ? "generated" : c.keyFile().toString(), (c, v) -> c.keyFile = Path.of(v)));
        OPTIONS.put("--tls-provider", new Option("auto | openssl | jdk (auto = OpenSSL via netty-tcnative when it loads, else the JDK's SSLEngine)",
                c -> c.tlsProvider().name().toLowerCase(Locale.ROOT), (c, v) -> c.tlsProvider = tlsProvider(v)));
    }

    private ServerCommandLine() {
    }

    static Parsed parse(String... args) {
        ServerConfig config = ServerConfig.defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Parsed(config, true);
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                value = null;
            }
            Option option = OPTIONS.get(name);
            if (option == null) {
                throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            config = apply(config, option, value);
        }
        return new Parsed(config, false);
    }

    /** The config with one option's value set; a rejected value's message is made to name the option. */
    private static ServerConfig apply(ServerConfig config, Option option, String value) {
        try {
            return config.with(c -> option.apply().accept(c, value));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new IllegalArgumentException(message.startsWith("--") ? message : "--" + message, e);
        }
    }

    static String help() {
        ServerConfig defaults = ServerConfig.defaults();
        StringBuilder text = new StringBuilder()
                .append("usage: java -jar target-server.jar [options]\n")
                .append("Netty HTTP/1.1 target server for the client-cost benchmarks.\n")
                .append("Prints 'listening on http://HOST:PORT' when ready; SIGTERM or Ctrl-C stops it gracefully.\n\n")
                .append("options (value as '--name value' or '--name=value'):\n");
        OPTIONS.forEach((name, option) -> text.append(String.format(Locale.ROOT, "  %-20s %s (default: %s)%n",
                name, option.description(), option.defaultValue().apply(defaults))));
        text.append(String.format(Locale.ROOT, "  %-20s %s%n", "--help", "print this text and exit"));
        return text.toString();
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'");
        }
    }

    private static ServerConfig.TlsProvider tlsProvider(String value) {
        try {
            return ServerConfig.TlsProvider.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tls-provider must be one of auto, openssl, jdk, got '" + value + "'");
        }
    }

    private static ServerConfig.Transport transport(String value) {
        try {
            return ServerConfig.Transport.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--transport must be one of auto, epoll, nio, got '" + value + "'");
        }
    }
}
