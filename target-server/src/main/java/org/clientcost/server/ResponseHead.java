package org.clientcost.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Writes an HTTP/1.1 response head (status line and headers) straight into a buffer. The server
 * sends a handful of fixed header sets, so this is simpler and cheaper than building header maps
 * for a general-purpose encoder.
 */
final class ResponseHead {

    /** What the response says about the connection. */
    enum Connection {
        /** Nothing: HTTP/1.1 keep-alive is the default. */
        DEFAULT,
        /** {@code connection: keep-alive}, needed for HTTP/1.0 keep-alive clients. */
        KEEP_ALIVE,
        /** {@code connection: close}; the server closes after this response. */
        CLOSE
    }

    static final String TEXT_PLAIN = "text/plain";
    static final String OCTET_STREAM = "application/octet-stream";
    static final String JSON = "application/json";

    private ResponseHead() {
    }

    /**
     * Allocates a buffer holding the head, with {@code bodyRoom} spare bytes so a small body can follow
     * in the same buffer.
     *
     * @param contentLength the Content-Length value, or -1 for none (1xx, 204, 304)
     * @param contentType   the Content-Type value, or null for none
     * @param allow         the Allow header value (405 answers), or null for none
     */
    static ByteBuf encode(ByteBufAllocator alloc, int code, long contentLength, String contentType,
                          HttpDateClock.Stamp date, Connection connection, String allow, int bodyRoom) {
        ByteBuf out = alloc.directBuffer(160 + bodyRoom);
        writeStatusLine(out, code);
        if (contentLength >= 0) {
            ByteBufUtil.writeAscii(out, "content-length: ");
            ByteBufUtil.writeAscii(out, Long.toString(contentLength));
            out.writeShort(CRLF);
        }
        if (contentType != null) {
            ByteBufUtil.writeAscii(out, "content-type: ");
            ByteBufUtil.writeAscii(out, contentType);
            out.writeShort(CRLF);
        }
        if (allow != null) {
            ByteBufUtil.writeAscii(out, "allow: ");
            ByteBufUtil.writeAscii(out, allow);
            out.writeShort(CRLF);
        }
        if (connection == Connection.CLOSE) {
            ByteBufUtil.writeAscii(out, "connection: close\r\n");
        } else if (connection == Connection.KEEP_ALIVE) {
            ByteBufUtil.writeAscii(out, "connection: keep-alive\r\n");
        }
        ByteBufUtil.writeAscii(out, "date: ");
        out.writeBytes(date.ascii());
        out.writeInt(CRLF_CRLF);
        return out;
    }

    /** A bare 1xx interim head: status line and the blank line, nothing else. */
    static ByteBuf interim(ByteBufAllocator alloc, int code) {
        ByteBuf out = alloc.directBuffer(64);
        writeStatusLine(out, code);
        out.writeShort(CRLF);
        return out;
    }

    private static void writeStatusLine(ByteBuf out, int code) {
        ByteBufUtil.writeAscii(out, "HTTP/1.1 ");
        ByteBufUtil.writeAscii(out, Integer.toString(code));
        out.writeByte(' ');
        ByteBufUtil.writeAscii(out, HttpResponseStatus.valueOf(code).reasonPhrase());
        out.writeShort(CRLF);
    }

    private static final int CRLF = ('\r' << 8) | '\n';
    private static final int CRLF_CRLF = (CRLF << 16) | CRLF;
}
