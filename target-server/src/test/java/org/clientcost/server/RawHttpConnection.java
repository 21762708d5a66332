package org.clientcost.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A test client that writes raw bytes to a real socket and parses HTTP/1.1 responses by hand. */
final class RawHttpConnection implements AutoCloseable {

    /** A parsed response. Header names are lower-case. */
    record Response(int status, String statusLine, Map<String, String> headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.ISO_8859_1);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttpConnection(URI server) throws IOException {
        this(server, 10_000);
    }

    RawHttpConnection(URI server, int readTimeoutMs) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
        socket.setSoTimeout(readTimeoutMs);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Over a socket that is already connected, e.g. a TLS socket. */
    RawHttpConnection(Socket connected) throws IOException {
        socket = connected;
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    RawHttpConnection send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawHttpConnection send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** GET path over this connection and read the answer. */
    Response get(String path) throws IOException {
        send("GET " + path + " HTTP/1.1\r\nhost: test\r\n\r\n");
        return read();
    }

    /** Reads one response: status line, headers, and a Content-Length body (none for 1xx, 204, 304). */
    Response read() throws IOException {
        return read(true);
    }

    /** Reads the answer to a HEAD request: status line and headers; no body follows, whatever Content-Length says. */
    Response readHeadAnswer() throws IOException {
        return read(false);
    }

    private Response read(boolean bodyFollows) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before a response");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while ((line = line()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body = new byte[0];
        String length = headers.get("content-length");
        if (length != null && bodyFollows) {
            body = in.readNBytes(Integer.parseInt(length));
            if (body.length != Integer.parseInt(length)) {
                throw new IOException("body cut short: " + body.length + " of " + length + " bytes");
            }
        }
        return new Response(status, statusLine, headers, body);
    }

    /** True if the server closes (EOF or reset) before the read timeout, with nothing else sent first. */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        }
    }

    /** True if the server has sent bytes that have not been read yet. */
    boolean answerWaiting() throws IOException {
        return in.available() > 0;
    }

    private String line() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = buffer.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            buffer.write(b);
        }
        return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
