package org.clientcost.clients;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The responses a benchmark can ask the target server for, with the exact body length each must have. */
public enum Payload {
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

    /** The name used in benchmark parameters and reports. */
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
        for (Payload p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown payload '" + key + "' (expected one of " + keys() + ")");
    }

    public static String keys() {
        return Arrays.stream(values()).map(Payload::key).collect(Collectors.joining("|"));
    }
}
