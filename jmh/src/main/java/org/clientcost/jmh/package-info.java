/** JMH benchmarks of client-per-request vs one shared client, their cost profiler, and the launcher behind {@code mvn -pl jmh verify}. */
package org.clientcost.jmh;
