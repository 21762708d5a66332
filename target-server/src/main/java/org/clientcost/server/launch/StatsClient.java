package org.clientcost.server.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.clientcost.server.ServerStats;

/**
 * Reads and resets the target server's counters over a plain socket (no HTTP client library, so it
 * never disturbs the clients being measured). Every call opens exactly {@link #CONNECTIONS_PER_CALL}
 * connection with {@code Connection: close}; that connection is counted in {@code connectionsOpened},
 * so callers subtract it.
 */
public final class StatsClient {

    /** Connections each {@link #fetch()} or {@link #reset()} opens (and that the server counts). */
    public static final int CONNECTIONS_PER_CALL = 1;

    private static final int TIMEOUT_MS = 10_000;
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private final String host;
    private final int port;

    /** @param base the server's base URI, e.g. {@code http://127.0.0.1:8080} */
    public StatsClient(URI base) {
        if (base == null || base.getHost() == null || base.getPort() < 0) {
            throw new IllegalArgumentException("stats client needs http://host:port, got " + base);
        }
        this.host = base.getHost().startsWith("[") ? base.getHost().substring(1, base.getHost().length() - 1)
                : base.getHost();
        this.port = base.getPort();
    }

    /** {@code GET /stats}. */
    public ServerStats fetch() {
        return ServerStats.parse(exchange("GET /stats HTTP/1.1\r\n"));
    }

    /** {@code POST /stats/reset}: zeroes the counters (connectionsOpen, a gauge, stays). */
    public void reset() {
        exchange("POST /stats/reset HTTP/1.1\r\ncontent-length: 0\r\n");
    }

    private String exchange(String requestStart) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            String hostHeader = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
            out.write((requestStart + "host: " + hostHeader + ":" + port + "\r\nconnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readAll(socket.getInputStream());
            int headEnd = response.indexOf("\r\n\r\n");
            if (!response.startsWith("HTTP/1.1 200 ") || headEnd < 0) {
                String firstLine = response.lines().findFirst().orElse("(no answer)");
                throw new IllegalStateException("target-server stats at " + host + ":" + port + " answered '"
                        + firstLine + "'");
            }
            return response.substring(headEnd + 4);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read target-server stats at " + host + ":" + port + ": " + e, e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            buffer.write(chunk, 0, n);
            if (buffer.size() > MAX_RESPONSE_BYTES) {
                throw new IOException("stats answer larger than " + MAX_RESPONSE_BYTES + " bytes");
            }
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
