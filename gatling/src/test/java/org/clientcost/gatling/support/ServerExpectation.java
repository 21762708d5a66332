package org.clientcost.gatling.support;

/**
 * What the cross-checked server's counters must show after a run, given the simulation's OK/KO tally: a description
 * of the first disagreement, or null when the server agrees. {@link ExactCount} has the rule of the exact-count runs;
 * SaturationRamp combines its own rules with {@link #servedBetweenOksAndAll()}.
 */
@FunctionalInterface
public interface ServerExpectation {

    String problem(Outcomes outcomes, long servedHello, long connectionsOpened);

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
}
