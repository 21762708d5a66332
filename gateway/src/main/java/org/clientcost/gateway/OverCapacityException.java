package org.clientcost.gateway;

/** The gateway refused work to protect itself (too many requests in flight, or too many live threads): a 503. */
final class OverCapacityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OverCapacityException(String reason) {
        super(reason);
    }
}
