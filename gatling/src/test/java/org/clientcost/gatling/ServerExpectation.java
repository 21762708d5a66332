package org.clientcost.gatling;

/**
 * What the target's counters must show after a run, given the simulation's OK/KO tally: a description of the first
 * disagreement, or null when the server agrees.
 */
@FunctionalInterface
interface ServerExpectation {

    String problem(Outcomes outcomes, long servedHello, long connectionsOpened);

    /**
     * All {@code requests} were OK, the server served exactly those and nothing else, and the connections it opened
     * satisfy the strategy's own rule.
     */
    static ServerExpectation servedExactly(long requests, ConnectionRule connections) {
        return (outcomes, served, opened) -> {
            if (outcomes.ok() != requests) {
                return "Gatling counted " + outcomes.ok() + " OK and " + outcomes.ko() + " KO, expected " + requests + " OK";
            }
            if (served != outcomes.ok()) {
                return "server served " + served + " /hello but Gatling counted " + outcomes.ok() + " OK";
            }
            return connections.problem(opened, outcomes);
        };
    }

    /**
     * Past saturation a request can time out in Gatling (KO) after the server answered it, so the server's count must
     * lie between the OKs and the OKs plus KOs.
     */
    static ServerExpectation servedBetweenOksAndAll() {
        return (outcomes, served, opened) -> served >= outcomes.ok() && served <= outcomes.ok() + outcomes.ko()
                ? null
                : "server served " + served + " /hello, outside [" + outcomes.ok() + " OK, " + (outcomes.ok() + outcomes.ko())
                        + " OK+KO]";
    }

    /** How many TCP connections a connection strategy may open. */
    @FunctionalInterface
    interface ConnectionRule {

        String problem(long opened, Outcomes outcomes);

        /** One new connection per answered request. */
        static ConnectionRule onePerRequest() {
            return (opened, outcomes) -> opened == outcomes.ok() + outcomes.ko() ? null
                    : opened + " connections opened for " + (outcomes.ok() + outcomes.ko())
                            + " requests, expected exactly one new connection per request";
        }

        static ConnectionRule atMost(long limit, String why) {
            return (opened, outcomes) -> opened <= limit ? null
                    : opened + " connections opened, expected at most " + limit + " (" + why + ")";
        }
    }
}
