package org.clientcost.gateway;

/**
 * Which upstream endpoint a gateway path calls: {@code /proxy/hello}, {@code /proxy/bytes/{n}} and
 * {@code /proxy/delay/{ms}} call {@code /hello}, {@code /bytes/{n}} and {@code /delay/{ms}}. The gateway checks only
 * that {@code n} and {@code ms} are whole numbers (so nothing but these three endpoints can be reached); the
 * upstream checks their range and its 400 is relayed.
 */
final class ProxyRoute {

    static final String PREFIX = "/proxy";
    /** Longer numbers are out of every upstream range anyway. */
    private static final int MAX_DIGITS = 9;

    /** The result of looking a path up: an upstream path, or why there is none. */
    sealed interface Lookup permits Upstream, NotProxied, BadParameter { }

    /** Call the upstream's {@code path}. */
    record Upstream(String path) implements Lookup { }

    /** Not a path of the proxy (a 404 unless it is another endpoint of the gateway). */
    record NotProxied() implements Lookup { }

    /** A proxy path with a parameter that is not a whole number (a 400 with this reason). */
    record BadParameter(String reason) implements Lookup { }

    private ProxyRoute() {
    }

    static Lookup of(String path) {
        if (path.equals(PREFIX + "/hello")) {
            return new Upstream("/hello");
        }
        for (String endpoint : new String[] {"bytes", "delay"}) {
            String prefix = PREFIX + "/" + endpoint + "/";
            if (path.startsWith(prefix)) {
                String parameter = path.substring(prefix.length());
                if (parameter.isEmpty() || parameter.length() > MAX_DIGITS || !parameter.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return new BadParameter(endpoint + ": " + (endpoint.equals("bytes") ? "n" : "ms")
                            + " must be a whole number of at most " + MAX_DIGITS + " digits, got '" + parameter + "'");
                }
                return new Upstream("/" + endpoint + "/" + parameter);
            }
        }
        return new NotProxied();
    }
}
