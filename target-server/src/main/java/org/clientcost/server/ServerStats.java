package org.clientcost.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The target server's {@code /stats} counters, as the server writes them and its readers parse them:
 * <pre>{"connectionsOpened":N,"connectionsOpen":N,"requestsServed":N,
 *  "tlsHandshakesFull":N,"tlsHandshakesResumed":N,"tlsHandshakesFailed":N,"repeatedRequests":N,
 *  "requestsByEndpoint":{"hello":N,"bytes":N,"delay":N,"status":N,"echo":N,"stats":N,"other":N}}</pre>
 * The TLS counters are the HTTPS port's handshakes (0 without {@code --tls-port}); a parsed JSON without them
 * (a server from before HTTPS) reads as 0. {@code repeatedRequests} counts requests whose {@code seq} query parameter
 * had already been answered: a client that sent one request twice (the gateway numbers its upstream calls); 0 when
 * absent.
 * {@code requestsServed} counts every answered request except those to /stats and /stats/reset, which
 * count under {@code requestsByEndpoint.stats}. Connections opened by a stats reader do count in
 * {@code connectionsOpened} (see {@link org.clientcost.server.launch.StatsClient#CONNECTIONS_PER_CALL}).
 */
public record ServerStats(long connectionsOpened, long connectionsOpen, long requestsServed,
                          Map<String, Long> requestsByEndpoint,
                          long tlsHandshakesFull, long tlsHandshakesResumed, long tlsHandshakesFailed,
                          long repeatedRequests) {

    public ServerStats {
        requestsByEndpoint = Collections.unmodifiableMap(new LinkedHashMap<>(requestsByEndpoint));
    }

    /** Counters of a server without TLS handshakes. */
    public ServerStats(long connectionsOpened, long connectionsOpen, long requestsServed,
                       Map<String, Long> requestsByEndpoint) {
        this(connectionsOpened, connectionsOpen, requestsServed, requestsByEndpoint, 0, 0, 0, 0);
    }

    /** Requests counted for one endpoint key ({@code hello}, {@code bytes}, ...); 0 if absent. */
    public long requests(String endpoint) {
        return requestsByEndpoint.getOrDefault(endpoint, 0L);
    }

    public String toJson() {
        StringBuilder json = new StringBuilder(200)
                .append("{\"connectionsOpened\":").append(connectionsOpened)
                .append(",\"connectionsOpen\":").append(connectionsOpen)
                .append(",\"requestsServed\":").append(requestsServed)
                .append(",\"tlsHandshakesFull\":").append(tlsHandshakesFull)
                .append(",\"tlsHandshakesResumed\":").append(tlsHandshakesResumed)
                .append(",\"tlsHandshakesFailed\":").append(tlsHandshakesFailed)
                .append(",\"repeatedRequests\":").append(repeatedRequests)
                .append(",\"requestsByEndpoint\":{");
        boolean first = true;
        for (Map.Entry<String, Long> entry : requestsByEndpoint.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append('"').append(entry.getKey()).append("\":").append(entry.getValue());
        }
        return json.append("}}").toString();
    }

    /**
     * Parses what {@link #toJson()} writes (whitespace allowed, keys in any order).
     *
     * @throws IllegalArgumentException with a one-line message on anything else
     */
    public static ServerStats parse(String json) {
        return new Parser(json).stats();
    }

    /** A strict reader for exactly this flat shape; not a general JSON parser. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            if (text == null) {
                throw new IllegalArgumentException("stats JSON is missing");
            }
            this.text = text;
        }

        ServerStats stats() {
            Map<String, Long> top = new LinkedHashMap<>();
            Map<String, Long> byEndpoint = null;
            expect('{');
            if (!peek('}')) {
                do {
                    String key = string();
                    expect(':');
                    if (key.equals("requestsByEndpoint")) {
                        byEndpoint = numbers();
                    } else {
                        top.put(key, number());
                    }
                } while (next(','));
            }
            expect('}');
            skipWhitespace();
            if (pos != text.length()) {
                fail("unexpected text after the object");
            }
            if (byEndpoint == null) {
                fail("missing requestsByEndpoint");
            }
            return new ServerStats(required(top, "connectionsOpened"), required(top, "connectionsOpen"),
                    required(top, "requestsServed"), byEndpoint, top.getOrDefault("tlsHandshakesFull", 0L),
                    top.getOrDefault("tlsHandshakesResumed", 0L), top.getOrDefault("tlsHandshakesFailed", 0L),
                    top.getOrDefault("repeatedRequests", 0L));
        }

        private Map<String, Long> numbers() {
            Map<String, Long> map = new LinkedHashMap<>();
            expect('{');
            if (!peek('}')) {
                do {
                    String key = string();
                    expect(':');
                    map.put(key, number());
                } while (next(','));
            }
            expect('}');
            return map;
        }

        private long required(Map<String, Long> map, String key) {
            Long value = map.get(key);
            if (value == null) {
                fail("missing " + key);
            }
            return value;
        }

        private String string() {
            expect('"');
            int end = text.indexOf('"', pos);
            if (end < 0) {
                fail("unterminated string");
            }
            String value = text.substring(pos, end);
            if (value.indexOf('\\') >= 0) {
                fail("escapes are not expected in stats keys");
            }
            pos = end + 1;
            return value;
        }

        private long number() {
            skipWhitespace();
            int start = pos;
            if (pos < text.length() && text.charAt(pos) == '-') {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            try {
                return Long.parseLong(text.substring(start, pos));
            } catch (NumberFormatException e) {
                fail("expected a whole number");
                return 0;
            }
        }

        private boolean peek(char c) {
            skipWhitespace();
            return pos < text.length() && text.charAt(pos) == c;
        }

        private boolean next(char c) {
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!next(c)) {
                fail("expected '" + c + "'");
            }
        }

        private void skipWhitespace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private void fail(String what) {
            String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
            throw new IllegalArgumentException("not target-server stats JSON (" + what + " at offset " + pos + "): "
                    + shown.replaceAll("[\\r\\n]", " "));
        }
    }
}
