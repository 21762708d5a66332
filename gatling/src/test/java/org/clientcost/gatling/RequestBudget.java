package org.clientcost.gatling;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Exactly N requests, shared by all virtual users of a closed-model run.
 *
 * <p>A user takes a ticket before each request; there are N tickets. After each answered request (OK or KO) the user
 * reports it; the user whose report is the N-th ends the run. Because the N-th answer can only arrive after all N
 * tickets were used, nothing is in flight when the run ends and nothing is cut off.
 */
final class RequestBudget {

    private final long total;
    private final AtomicLong ticketsTaken = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();

    RequestBudget(long total) {
        this.total = total;
    }

    long total() {
        return total;
    }

    /** True if the caller may send one more request (never after an OS limit ran out: the run is stopping). */
    boolean takeTicket() {
        return !Overload.happened() && ticketsTaken.incrementAndGet() <= total;
    }

    /** Counts one answered request; true for the N-th, whose user then stops the run. */
    boolean answerIsLast() {
        return answered.incrementAndGet() == total;
    }
}
