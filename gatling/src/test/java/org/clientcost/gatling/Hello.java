package org.clientcost.gatling;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** The one request every simulation sends: GET /hello, answered 200 with exactly the 13-byte body, or it is a KO. */
final class Hello {

    /** Body of the target server's /hello (and of the nginx reference config). */
    static final String BODY = "Hello, World!";
    /** Request name in Gatling's reports. */
    static final String NAME = "hello";

    private Hello() {
    }

    static HttpRequestActionBuilder request(TargetUnderTest target) {
        return http(NAME).get(session -> target.helloUrl())
                .check(status().is(200), bodyString().is(BODY));
    }
}
