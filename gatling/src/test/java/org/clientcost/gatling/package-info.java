/** Gatling simulations that send a bounded, validated number of requests to the target server and check its counters. */
package org.clientcost.gatling;
