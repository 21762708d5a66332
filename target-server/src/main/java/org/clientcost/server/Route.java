package org.clientcost.server;

import io.netty.handler.codec.http.HttpMethod;

/**
 * The route table: what a request line asks for. A route names the endpoint that answers (and counts) the
 * request, its numeric parameter, how long the answer is held back, and whether the request body is kept
 * for the answer; or, when the path, method or parameter is wrong, the error to answer instead.
 *
 * @param holdMillis how long the connection holds the answer back before the endpoint gives it (a /delay)
 * @param keepsBody  whether the request body is collected and handed to the endpoint (an /echo)
 * @param error      the answer instead of the endpoint's, or null
 */
record Route(Endpoint endpoint, int argument, int holdMillis, boolean keepsBody, ErrorAnswer error) {

    /** A one-line {@code text/plain} error answer; {@code allow} is the Allow header of a 405, else null. */
    record ErrorAnswer(int status, String reason, String allow) { }

    private static final Route HELLO = new Route(Endpoint.HELLO, 0, 0, false, null);
    private static final Route ECHO = new Route(Endpoint.ECHO, 0, 0, true, null);
    private static final Route STATS = new Route(Endpoint.STATS, 0, 0, false, null);
    private static final Route STATS_RESET = new Route(Endpoint.STATS_RESET, 0, 0, false, null);
    /** The Allow value of every endpoint answered to GET: HEAD is supported wherever GET is. */
    private static final String GET_HEAD = "GET, HEAD";
    private static final int MAX_ECHOED_INPUT = 60;

    /** Routes a request by method and request target (origin-form or absolute-form; the query is ignored). */
    static Route match(HttpMethod method, String uri) {
        String path = path(uri);
        if (path == null) {
            return error(Endpoint.OTHER, 400, "request target must be a path starting with '/', got '"
                    + printable(uri) + "'");
        }
        // HEAD is answered as GET is, without the body (ResponseWriter drops it).
        boolean get = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        boolean post = HttpMethod.POST.equals(method);
        if (path.equals("/hello")) {
            return get ? HELLO : notAllowed(Endpoint.HELLO, GET_HEAD);
        }
        if (path.startsWith("/bytes/")) {
            return get ? numbered(Endpoint.BYTES, "n", path.substring(7), 0, ServerConfig.MAX_BYTES)
                    : notAllowed(Endpoint.BYTES, GET_HEAD);
        }
        if (path.startsWith("/delay/")) {
            return get ? numbered(Endpoint.DELAY, "ms", path.substring(7), 0, ServerConfig.MAX_DELAY_MS)
                    .heldForArgument() : notAllowed(Endpoint.DELAY, GET_HEAD);
        }
        if (path.startsWith("/status/")) {
            return get ? numbered(Endpoint.STATUS, "code", path.substring(8), 100, 599)
                    : notAllowed(Endpoint.STATUS, GET_HEAD);
        }
        if (path.equals("/echo")) {
            return post ? ECHO : notAllowed(Endpoint.ECHO, "POST");
        }
        if (path.equals("/stats")) {
            return get ? STATS : notAllowed(Endpoint.STATS, GET_HEAD);
        }
        if (path.equals("/stats/reset")) {
            return post ? STATS_RESET : notAllowed(Endpoint.STATS_RESET, "POST");
        }
        return error(Endpoint.OTHER, 404, "no such path: " + printable(path));
    }

    /** An error answered instead of {@code endpoint}'s answer, and counted under it. */
    static Route error(Endpoint endpoint, int status, String reason) {
        return new Route(endpoint, 0, 0, false, new ErrorAnswer(status, reason, null));
    }

    private static Route notAllowed(Endpoint endpoint, String allow) {
        return new Route(endpoint, 0, 0, false, new ErrorAnswer(405, "method not allowed; use " + allow, allow));
    }

    private static Route numbered(Endpoint endpoint, String name, String digits, int min, int max) {
        long value = -1;
        if (!digits.isEmpty() && digits.length() <= 10) {
            value = 0;
            for (int i = 0; i < digits.length() && value >= 0; i++) {
                char c = digits.charAt(i);
                value = c >= '0' && c <= '9' ? value * 10 + (c - '0') : -1;
            }
        }
        if (value < min || value > max) {
            return error(endpoint, 400, endpoint.key() + ": " + name + " must be an integer in " + min + ".." + max
                    + ", got '" + printable(digits) + "'");
        }
        return new Route(endpoint, (int) value, 0, false, null);
    }

    /** This route with its answer held back for {@link #argument()} ms; an error is answered at once. */
    private Route heldForArgument() {
        return error != null ? this : new Route(endpoint, argument, argument, keepsBody, null);
    }

    /** The path of an origin-form or absolute-form target, without query or fragment; null for anything else. */
    private static String path(String uri) {
        int start;
        if (uri.startsWith("/")) {
            start = 0;
        } else {
            int scheme = uri.indexOf("://");
            if (scheme <= 0) {
                return null;
            }
            start = uri.indexOf('/', scheme + 3);
            if (start < 0) {
                return "/";
            }
        }
        int end = uri.length();
        for (int i = start; i < end; i++) {
            char c = uri.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        return start == 0 && end == uri.length() ? uri : uri.substring(start, end);
    }

    /** Client input quoted in a reason: shortened, printable ASCII only, so the reason stays one line. */
    private static String printable(String input) {
        StringBuilder out = new StringBuilder(Math.min(input.length(), MAX_ECHOED_INPUT + 3));
        for (int i = 0; i < input.length() && i < MAX_ECHOED_INPUT; i++) {
            char c = input.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        if (input.length() > MAX_ECHOED_INPUT) {
            out.append("...");
        }
        return out.toString();
    }
}
