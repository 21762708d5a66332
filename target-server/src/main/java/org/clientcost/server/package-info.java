/** The Netty HTTP/1.1 target server every benchmark in the suite is measured against. */
package org.clientcost.server;
