package org.clientcost.server;

import io.netty.handler.codec.http.HttpMethod;

/**
 * What a request line asks for: the action to take, the endpoint it counts under, and its numeric
 * parameter; or the error answer (status and one-line reason) when the path, method or parameter is wrong.
 */
record Route(Action action, Endpoint endpoint, int argument, int status, String reason, String allow) {

    /** The server's actions; {@link #ERROR} answers {@link #status()} with {@link #reason()}. */
    enum Action { HELLO, BYTES, DELAY, STATUS, ECHO, STATS, STATS_RESET, ERROR }

    private static final Route HELLO = new Route(Action.HELLO, Endpoint.HELLO, 0, 200, null, null);
    private static final Route ECHO = new Route(Action.ECHO, Endpoint.ECHO, 0, 200, null, null);
    private static final Route STATS = new Route(Action.STATS, Endpoint.STATS, 0, 200, null, null);
    private static final Route STATS_RESET = new Route(Action.STATS_RESET, Endpoint.STATS, 0, 200, null, null);
    private static final int MAX_ECHOED_INPUT = 60;

    /** Routes a request by method and request target (origin-form or absolute-form; the query is ignored). */
    static Route match(HttpMethod method, String uri) {
        String path = path(uri);
        if (path == null) {
            return error(Endpoint.OTHER, 400, "request target must be a path starting with '/', got '"
                    + printable(uri) + "'");
        }
        if (path.equals("/hello")) {
            return HttpMethod.GET.equals(method) ? HELLO : notAllowed(Endpoint.HELLO, "GET");
        }
        if (path.startsWith("/bytes/")) {
            return numbered(method, Action.BYTES, Endpoint.BYTES, "n", path.substring(7), 0, ServerConfig.MAX_BYTES);
        }
        if (path.startsWith("/delay/")) {
            return numbered(method, Action.DELAY, Endpoint.DELAY, "ms", path.substring(7), 0,
                    ServerConfig.MAX_DELAY_MS);
        }
        if (path.startsWith("/status/")) {
            return numbered(method, Action.STATUS, Endpoint.STATUS, "code", path.substring(8), 100, 599);
        }
        if (path.equals("/echo")) {
            return HttpMethod.POST.equals(method) ? ECHO : notAllowed(Endpoint.ECHO, "POST");
        }
        if (path.equals("/stats")) {
            return HttpMethod.GET.equals(method) ? STATS : notAllowed(Endpoint.STATS, "GET");
        }
        if (path.equals("/stats/reset")) {
            return HttpMethod.POST.equals(method) ? STATS_RESET : notAllowed(Endpoint.STATS, "POST");
        }
        return error(Endpoint.OTHER, 404, "no such path: " + printable(path));
    }

    private static Route numbered(HttpMethod method, Action action, Endpoint endpoint, String name, String digits,
                                  int min, int max) {
        if (!HttpMethod.GET.equals(method)) {
            return notAllowed(endpoint, "GET");
        }
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
        return new Route(action, endpoint, (int) value, 200, null, null);
    }

    private static Route notAllowed(Endpoint endpoint, String allow) {
        return new Route(Action.ERROR, endpoint, 0, 405, "method not allowed; use " + allow, allow);
    }

    private static Route error(Endpoint endpoint, int status, String reason) {
        return new Route(Action.ERROR, endpoint, 0, status, reason, null);
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
