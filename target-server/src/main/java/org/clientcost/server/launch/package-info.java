/**
 * Starts services (the target server, and any service that sits in front of it) in JVMs of their own, or
 * finds an external target server, and reads {@code /stats}: for the jmh and gatling modules.
 */
package org.clientcost.server.launch;
