package org.clientcost.gatling.support;

import java.nio.charset.StandardCharsets;

/**
 * The upstream endpoint the gateway proxies in a run, with the answer the target server is known to give, so that
 * every response can be checked byte for byte: {@code /hello} is the 13 bytes {@code Hello, World!},
 * {@code /bytes/{n}} the letters a..z repeated to n bytes, {@code /delay/{ms}} an empty body after ms milliseconds.
 *
 * @param path        the upstream path, e.g. {@code /bytes/16384}
 * @param statsKey    the target server's {@code requestsByEndpoint} key that counts it
 * @param body        the exact body every answer must carry
 */
public record GatewayEndpoint(String path, String statsKey, String body) {

    private static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final int MAX_DELAY_MS = 60_000;

    /** The gateway's path for it: {@code /proxy} + {@link #path()}. */
    public String proxyPath() {
        return "/proxy" + path;
    }

    /** Body length in bytes (ASCII). */
    public int bodyLength() {
        return body.getBytes(StandardCharsets.US_ASCII).length;
    }

    /** The endpoint for {@code text}, or null when it is none of the three. */
    static GatewayEndpoint parse(String text) {
        if ("/hello".equals(text)) {
            return new GatewayEndpoint(text, "hello", "Hello, World!");
        }
        if (text.startsWith("/bytes/")) {
            int n = number(text.substring("/bytes/".length()), MAX_BYTES);
            return n < 0 ? null : new GatewayEndpoint(text, "bytes", letters(n));
        }
        if (text.startsWith("/delay/")) {
            int ms = number(text.substring("/delay/".length()), MAX_DELAY_MS);
            return ms < 0 ? null : new GatewayEndpoint(text, "delay", "");
        }
        return null;
    }

    /** The target server's /bytes pattern: byte i is 'a' + i mod 26. */
    private static String letters(int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append((char) ('a' + i % 26));
        }
        return out.toString();
    }

    private static int number(String digits, int max) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int value = Integer.parseInt(digits);
        return value <= max ? value : -1;
    }
}
