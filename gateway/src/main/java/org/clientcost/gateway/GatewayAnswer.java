package org.clientcost.gateway;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import org.clientcost.clients.UpstreamResponse;
import org.clientcost.clients.UpstreamTimeoutException;

/**
 * What the gateway answers one request with, and why. The upstream's own answer is relayed (status, body,
 * content type) unless it is a 5xx; every failure becomes a status with a one-line, plain-text reason:
 * <ul>
 *   <li>the upstream answered below 500: its status;</li>
 *   <li>it answered 5xx, or the call failed (refused, reset, malformed): 502;</li>
 *   <li>no answer within the upstream timeout: 504;</li>
 *   <li>over the gateway's capacity: 503.</li>
 * </ul>
 *
 * @param status      the HTTP status to send
 * @param contentType the body's content type
 * @param body        the body to send
 * @param outcome     which row of the table above, for the counters
 */
record GatewayAnswer(int status, String contentType, byte[] body, Outcome outcome) {

    /** Why the answer is what it is; the gateway's /stats counts these. */
    enum Outcome { RELAYED, UPSTREAM_ERROR, UPSTREAM_TIMEOUT, OVER_CAPACITY, LOCAL }

    /** Reasons are cut to this many characters, so an odd exception message cannot flood an answer. */
    static final int MAX_REASON = 300;
    private static final String TEXT = "text/plain; charset=utf-8";

    static GatewayAnswer relay(URI upstream, UpstreamResponse response) {
        if (response.status() >= 500) {
            return reasoned(HttpResponseStatus.BAD_GATEWAY.code(), Outcome.UPSTREAM_ERROR,
                    "upstream error: GET " + upstream + " answered " + response.status());
        }
        return new GatewayAnswer(response.status(), response.header("content-type").orElse("application/octet-stream"),
                response.body(), Outcome.RELAYED);
    }

    /** The answer for an upstream call that ended in {@code failure} (possibly wrapped by a future). */
    static GatewayAnswer failure(URI upstream, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof OverCapacityException) {
            return overCapacity(cause.getMessage());
        }
        if (cause instanceof UpstreamTimeoutException) {
            return reasoned(HttpResponseStatus.GATEWAY_TIMEOUT.code(), Outcome.UPSTREAM_TIMEOUT, "upstream timeout: " + cause.getMessage());
        }
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return reasoned(HttpResponseStatus.BAD_GATEWAY.code(), Outcome.UPSTREAM_ERROR, "upstream error: GET " + upstream + ": " + what);
    }

    static GatewayAnswer overCapacity(String reason) {
        return reasoned(HttpResponseStatus.SERVICE_UNAVAILABLE.code(), Outcome.OVER_CAPACITY, reason);
    }

    /** An answer of the gateway's own (404, 405, 400). */
    static GatewayAnswer local(HttpResponseStatus status, String reason) {
        return reasoned(status.code(), Outcome.LOCAL, reason);
    }

    /** The gateway's own JSON (its /stats). */
    static GatewayAnswer json(String json) {
        return new GatewayAnswer(200, "application/json", json.getBytes(StandardCharsets.UTF_8), Outcome.LOCAL);
    }

    private static GatewayAnswer reasoned(int status, Outcome outcome, String reason) {
        return new GatewayAnswer(status, TEXT, (oneLine(reason) + "\n").getBytes(StandardCharsets.UTF_8), outcome);
    }

    /** {@code text} on one line (line breaks and other control characters become spaces), at most {@link #MAX_REASON} characters. */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), MAX_REASON));
        for (int i = 0; i < text.length() && line.length() < MAX_REASON; i++) {
            char c = text.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        return line.toString().strip();
    }
}
