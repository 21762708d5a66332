package org.clientcost.server;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * What each endpoint answers, and the one place where requests are counted. Adding an endpoint means its
 * constant in {@link Endpoint}, its line in the route table ({@link Route#match}) and its answer here.
 * One instance serves every connection of a server; it keeps no per-connection state.
 */
final class EndpointAnswers {

    /**
     * A complete request, ready to be answered: its route, its body when the route keeps one (else null), and its
     * {@code seq} query parameter (-1 when none; see {@link RepeatedRequests}).
     */
    record Request(Route route, ByteBuf body, long seq) { }

    private final ServerCounters counters;
    private final HttpDateClock clock;

    EndpointAnswers(ServerCounters counters, HttpDateClock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Counts the request under its endpoint, then writes its answer: the endpoint's, or the route's error.
     * Takes ownership of the request body.
     */
    void answer(ResponseWriter writer, Request request) {
        Route route = request.route();
        counters.requestAnswered(route.endpoint());
        if (request.seq() >= 0) {
            counters.sequenced(request.seq());
        }
        if (route.error() != null) {
            Route.ErrorAnswer error = route.error();
            writer.send(error.status(), ResponseHead.TEXT_PLAIN,
                    (error.reason() + "\n").getBytes(StandardCharsets.US_ASCII), error.allow());
            return;
        }
        switch (route.endpoint()) {
            case HELLO -> hello(writer);
            case BYTES -> writer.send(200, ResponseHead.OCTET_STREAM, BytesBody.of(writer.alloc(), route.argument()));
            case DELAY -> writer.sendEmpty(200); // the wait was the connection's: Route#holdMillis
            case STATUS -> status(writer, route.argument());
            case ECHO -> writer.send(200, ResponseHead.OCTET_STREAM, request.body());
            case STATS -> stats(writer);
            case STATS_RESET -> {
                counters.reset();
                stats(writer);
            }
            default -> throw new IllegalStateException(route.endpoint() + " only ever answers errors");
        }
    }

    private void hello(ResponseWriter writer) {
        if (writer.plainKeepAlive()) {
            writer.sendPreEncoded(PreEncodedHello.keepAliveResponse(clock.current()));
        } else {
            writer.send(200, ResponseHead.TEXT_PLAIN, PreEncodedHello.BODY, null);
        }
    }

    private static void status(ResponseWriter writer, int code) {
        if (code < 200) {
            writer.sendInterimAndClose(code);
        } else {
            writer.sendEmpty(code);
        }
    }

    private void stats(ResponseWriter writer) {
        byte[] json = counters.snapshot().toJson().getBytes(StandardCharsets.UTF_8);
        writer.send(200, ResponseHead.JSON, json, null);
    }
}
