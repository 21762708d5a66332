package org.clientcost.clients;

import java.net.URI;

/**
 * One GET request and the answer it must get: status 200 and a body of exactly {@code expectedBodyLength} bytes.
 *
 * @param uri                the full request URI
 * @param expectedBodyLength the body length a correct answer has
 * @param closeConnection    send {@code Connection: close}, so the connection is not reused afterwards
 */
public record Exchange(URI uri, int expectedBodyLength, boolean closeConnection) {

    public static final int EXPECTED_STATUS = 200;

    /** The exchange for {@code payload} on the server at {@code base} (for example {@code http://127.0.0.1:8080}). */
    public static Exchange of(URI base, Payload payload, boolean closeConnection) {
        return new Exchange(base.resolve(payload.path()), payload.bodyLength(), closeConnection);
    }

    /** Throws unless the answer is the expected one. Every adapter calls this after reading the whole body. */
    public void verify(int status, long bodyLength) throws UnexpectedResponseException {
        if (status != EXPECTED_STATUS || bodyLength != expectedBodyLength) {
            throw new UnexpectedResponseException("GET " + uri + " answered status " + status + " with a "
                    + bodyLength + "-byte body; expected " + EXPECTED_STATUS + " with " + expectedBodyLength + " bytes");
        }
    }
}
