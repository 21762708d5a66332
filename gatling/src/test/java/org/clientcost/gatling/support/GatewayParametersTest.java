package org.clientcost.gatling.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The defaults of the gateway matrix's options, which the README documents (no option set in this JVM), and the
 * Gatling JVM options the pom hands to the matrix, split as the Gatling JVM gets them.
 */
class GatewayParametersTest {

    @Test
    void withNoOptionsTheMatrixIsEighteenConfigurationsOfAMillionRequests() {
        assertEquals(18, GatewayParameters.configurations().size());
        assertEquals(new GatewayConfiguration("jdk", "singleton", "sync"), GatewayParameters.configurations().get(0));
        assertEquals(1_000_000L, GatewayParameters.REQUESTS);
        assertEquals(64, GatewayParameters.CONCURRENCY);
        assertEquals("/hello", GatewayParameters.ENDPOINT.path());
        assertEquals(0, GatewayParameters.boundSeconds(new GatewayConfiguration("ahc", "singleton", "async")));
        assertEquals(60, GatewayParameters.boundSeconds(new GatewayConfiguration("ahc", "perRequest", "async")));
    }

    @Test
    void theGatlingJvmOptionsAreSplitAtWhitespace() {
        String name = GatewayParameters.GATLING_JVM_ARGS_PROPERTY;
        String earlier = System.getProperty(name);
        System.setProperty(name, " -Xms1g  -Xmx1g -XX:+UseParallelGC ");
        try {
            assertEquals(List.of("-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"), GatewayParameters.gatlingJvmArgs());
        } finally {
            if (earlier == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, earlier);
            }
        }
    }
}
