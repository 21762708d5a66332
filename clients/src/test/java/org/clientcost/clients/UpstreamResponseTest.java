package org.clientcost.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Header names of a handed-back response are case-insensitive for the caller, whatever case the library used. */
class UpstreamResponseTest {

    @Test
    void headersAreLowerCasedMergedAndUnmodifiable() {
        UpstreamResponse response = new UpstreamResponse(200,
                Map.of("Set-Cookie", List.of("a=1"), "set-cookie", List.of("b=2"), "Content-Length", List.of("0")), new byte[0]);
        assertEquals(2, response.headers().get("set-cookie").size());
        assertEquals(Optional.of("0"), response.header("CONTENT-LENGTH"));
        assertEquals(Optional.empty(), response.header("date"));
        assertThrows(UnsupportedOperationException.class, () -> response.headers().put("x", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> response.headers().get("set-cookie").add("c=3"));
    }

    @Test
    void aStatusOutsideHttpIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UpstreamResponse(42, Map.of(), new byte[0]));
        assertEquals("not an HTTP status: 42", e.getMessage());
    }
}
