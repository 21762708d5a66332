package org.clientcost.clients;

import java.io.IOException;

/** The server answered, but not with what the exchange expects: the run must fail instead of producing a number. */
public final class UnexpectedResponseException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnexpectedResponseException(String message) {
        super(message);
    }
}
