/**
 * Gatling simulations that send a bounded, validated number of requests to the target server and check its counters.
 * Each file here is one simulation; what they share (options, the request, the exact count, the server cross-check,
 * the operating-system limits) is in {@link org.clientcost.gatling.support}.
 */
package org.clientcost.gatling;
