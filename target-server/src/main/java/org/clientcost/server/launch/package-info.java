/** Starts the target server in its own JVM (or finds an external one) and reads its /stats, for the jmh and gatling modules. */
package org.clientcost.server.launch;
