package org.clientcost.server.launch;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * The one kind of address the harness talks to: {@code http://HOST:PORT} on a loopback address, since all load
 * in this suite stays on this machine. Used for {@code -Dtarget.url} and for the address a started service
 * prints; each caller puts its own context around the reason.
 */
final class LoopbackHttpUri {

    private LoopbackHttpUri() {
    }

    /**
     * {@code text} as {@code http://host:port} (a trailing {@code /} is dropped).
     *
     * @throws IllegalArgumentException whose message is the reason it is not usable, one line
     */
    static URI parse(String text) {
        return parse(text, "http");
    }

    /** The same for another scheme ({@code https} for a target server's HTTPS port). */
    static URI parse(String text, String scheme) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL (" + e.getReason() + ")");
        }
        if (!scheme.equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("the scheme must be " + scheme);
        }
        if (uri.getHost() == null || uri.getPort() < 1) {
            throw new IllegalArgumentException("it needs a host and a port, like " + scheme + "://127.0.0.1:8080");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw new IllegalArgumentException("give only scheme, host and port");
        }
        String host = uri.getHost();
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        try {
            if (!InetAddress.getByName(literal).isLoopbackAddress()) {
                throw new IllegalArgumentException(
                        "the host must be a loopback address (all load in this suite stays on this machine)");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + literal);
        }
        return URI.create(scheme + "://" + host + ":" + uri.getPort());
    }
}
