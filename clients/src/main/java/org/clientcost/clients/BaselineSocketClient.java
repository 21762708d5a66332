package org.clientcost.clients;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The floor every client is compared against: one blocking socket, kept alive, that writes a pre-encoded
 * {@code GET} and parses just enough of the answer (status line, {@code Content-Length}, body) to verify it.
 * No pool, no threads, no executor. Not thread-safe: one instance per thread.
 *
 * <p>{@link #sendRequest()} and {@link #readResponse()} are separate so a caller can put several requests in
 * flight on several sockets before reading the answers.
 */
public final class BaselineSocketClient implements Closeable {

    private static final int MAX_HEADER_LINE = 8192;

    private final Exchange exchange;
    private final byte[] request;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] bodyBuffer = new byte[16384];
    private final StringBuilder line = new StringBuilder(128);

    /** Connects to the exchange's host. Only keep-alive exchanges make sense here. */
    public BaselineSocketClient(Exchange exchange, ClientSettings settings) throws IOException {
        if (exchange.closeConnection()) {
            throw new IllegalArgumentException("the baseline client keeps its connection alive; it cannot send Connection: close");
        }
        this.exchange = exchange;
        String host = exchange.uri().getHost();
        int port = exchange.uri().getPort();
        String path = exchange.uri().getRawPath();
        this.request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        this.socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(Math.toIntExact(settings.requestTimeout().toMillis()));
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(settings.connectTimeout().toMillis()));
            this.in = new BufferedInputStream(socket.getInputStream(), 32768);
            this.out = socket.getOutputStream();
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** One request and its verified answer. */
    public void exchange() throws IOException {
        sendRequest();
        readResponse();
    }

    public void sendRequest() throws IOException {
        out.write(request);
        out.flush();
    }

    /** Reads one whole response and verifies it; throws on anything unexpected (including chunked bodies). */
    public void readResponse() throws IOException {
        String statusLine = readLine();
        int status = parseStatus(statusLine);
        long contentLength = -1;
        boolean closes = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new UnexpectedResponseException("malformed header line '" + header + "' from " + exchange.uri());
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equals("transfer-encoding")) {
                throw new UnexpectedResponseException("the baseline client reads Content-Length bodies only, got Transfer-Encoding: " + value);
            } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
                closes = true;
            }
        }
        if (contentLength < 0) {
            throw new UnexpectedResponseException("no Content-Length in the answer from " + exchange.uri());
        }
        long remaining = contentLength;
        while (remaining > 0) {
            int n = in.read(bodyBuffer, 0, (int) Math.min(bodyBuffer.length, remaining));
            if (n < 0) {
                throw new EOFException("connection closed with " + remaining + " body bytes missing from " + exchange.uri());
            }
            remaining -= n;
        }
        exchange.verify(status, contentLength);
        if (closes) {
            throw new UnexpectedResponseException("the server closed the keep-alive connection of the baseline client");
        }
    }

    private int parseStatus(String statusLine) throws UnexpectedResponseException {
        // "HTTP/1.1 200 OK"
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
            throw new UnexpectedResponseException("malformed status line '" + statusLine + "' from " + exchange.uri());
        }
        try {
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new UnexpectedResponseException("malformed status line '" + statusLine + "' from " + exchange.uri());
        }
    }

    private String readLine() throws IOException {
        line.setLength(0);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed in the middle of a response from " + exchange.uri());
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_HEADER_LINE) {
                throw new UnexpectedResponseException("header line longer than " + MAX_HEADER_LINE + " bytes from " + exchange.uri());
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
