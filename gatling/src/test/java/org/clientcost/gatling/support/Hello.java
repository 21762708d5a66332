package org.clientcost.gatling.support;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** The one request every simulation sends: GET /hello, answered 200 with exactly the 13-byte body, or it is a KO. */
public final class Hello {

    /** Request name in Gatling's reports. */
    public static final String NAME = "hello";
    /** Body of the target server's /hello (and of the nginx reference config). */
    private static final String BODY = "Hello, World!";

    private Hello() {
    }

    /** GET /hello on the service the run loads, status and body checked. */
    public static HttpRequestActionBuilder request(LoadedService service) {
        return http(NAME).get(session -> service.helloUrl())
                .check(status().is(200), bodyString().is(BODY));
    }
}
