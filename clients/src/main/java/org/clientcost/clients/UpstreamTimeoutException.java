package org.clientcost.clients;

import java.io.IOException;

/**
 * The upstream did not answer within {@link ClientSettings#requestTimeout()} (or did not accept the connection
 * within {@link ClientSettings#connectTimeout()}). Thrown by the response-returning calls of every adapter in place
 * of the library's own timeout exception, so a caller can tell "too slow" (a gateway's 504) from every other
 * failure to get an answer (a plain {@link IOException}: refused, reset, malformed; a gateway's 502).
 */
public final class UpstreamTimeoutException extends IOException {

    private static final long serialVersionUID = 1L;

    public UpstreamTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
