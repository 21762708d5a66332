package org.clientcost.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The numbers behind {@code /stats}. Request counting is one uncontended {@link LongAdder}
 * increment per answered request ({@link EndpointAnswers} is its only caller), so it costs next to nothing
 * on the hot path.
 * {@link #reset()} zeroes the counters but not {@code connectionsOpen}, which is a gauge.
 * A reset racing with requests on other event loops may keep some of those requests; readers reset
 * between runs, when nothing else is in flight.
 */
final class ServerCounters {

    private final LongAdder[] requests = new LongAdder[Endpoint.values().length];
    private final LongAdder connectionsOpened = new LongAdder();
    private final AtomicInteger connectionsOpen = new AtomicInteger();
    private final LongAdder connectionsRefused = new LongAdder();
    private final LongAdder tlsFull = new LongAdder();
    private final LongAdder tlsResumed = new LongAdder();
    private final LongAdder tlsFailed = new LongAdder();
    private final RepeatedRequests sequenced = new RepeatedRequests();

    ServerCounters() {
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new LongAdder();
        }
    }

    void requestAnswered(Endpoint endpoint) {
        requests[endpoint.ordinal()].increment();
    }

    /** Records the sequence number a request carried ({@code ?seq=N}); see {@link RepeatedRequests}. */
    void sequenced(long seq) {
        sequenced.answered(seq);
    }

    /** Counts a new connection unless {@code cap} connections are already open. */
    boolean tryOpenConnection(int cap) {
        while (true) {
            int open = connectionsOpen.get();
            if (open >= cap) {
                connectionsRefused.increment();
                return false;
            }
            if (connectionsOpen.compareAndSet(open, open + 1)) {
                connectionsOpened.increment();
                return true;
            }
        }
    }

    void connectionClosed() {
        connectionsOpen.decrementAndGet();
    }

    void tlsHandshakeFull() {
        tlsFull.increment();
    }

    void tlsHandshakeResumed() {
        tlsResumed.increment();
    }

    void tlsHandshakeFailed() {
        tlsFailed.increment();
    }

    long connectionsRefused() {
        return connectionsRefused.sum();
    }

    void reset() {
        connectionsOpened.reset();
        connectionsRefused.reset();
        tlsFull.reset();
        tlsResumed.reset();
        tlsFailed.reset();
        sequenced.reset();
        for (LongAdder counter : requests) {
            counter.reset();
        }
    }

    ServerStats snapshot() {
        Map<String, Long> byEndpoint = new LinkedHashMap<>();
        long served = 0;
        for (Endpoint endpoint : Endpoint.values()) {
            long count = requests[endpoint.ordinal()].sum();
            byEndpoint.merge(endpoint.key(), count, Long::sum);
            if (endpoint.countsAsServed()) {
                served += count;
            }
        }
        return new ServerStats(connectionsOpened.sum(), connectionsOpen.get(), served, byEndpoint,
                tlsFull.sum(), tlsResumed.sum(), tlsFailed.sum(), sequenced.repeated());
    }
}
