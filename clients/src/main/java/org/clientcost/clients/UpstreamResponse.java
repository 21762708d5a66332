package org.clientcost.clients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A whole response as a client received it, handed back to the caller instead of being verified: what a service
 * that proxies its upstream needs. Any status is a response, not an error (a 503 from upstream is a
 * {@code UpstreamResponse} with status 503); only a failure to get an answer is an exception.
 *
 * @param status  the HTTP status code
 * @param headers the response headers, names in lower case, values in the order received; unmodifiable
 * @param body    the whole body (the caller must not modify it)
 */
public record UpstreamResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public UpstreamResponse {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Map<String, List<String>> normalized = new LinkedHashMap<>();
        headers.forEach((name, values) -> normalized
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
        normalized.replaceAll((name, values) -> List.copyOf(values));
        headers = Collections.unmodifiableMap(normalized);
    }

    /** The first value of header {@code name} (any case), if the response has it. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
