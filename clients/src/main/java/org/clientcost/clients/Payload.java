package org.clientcost.clients;

/** The responses a benchmark can ask the target server for, with the exact body length each must have. */
public enum Payload implements Keyed {
    /** {@code GET /hello}: the fixed 13-byte body {@code Hello, World!}. */
    HELLO("hello", "/hello", 13),
    /** {@code GET /bytes/16384}: exactly 16 KiB. */
    BYTES_16K("bytes16k", "/bytes/16384", 16384);

    private final String key;
    private final String path;
    private final int bodyLength;

    Payload(String key, String path, int bodyLength) {
        this.key = key;
        this.path = path;
        this.bodyLength = bodyLength;
    }

    @Override
    public String key() {
        return key;
    }

    public String path() {
        return path;
    }

    public int bodyLength() {
        return bodyLength;
    }

    public static Payload byKey(String key) {
        return Keyed.byKey(Payload.class, "payload", key);
    }
}
