/** Tests of the gateway: real HTTP against a real target server, in-process where a process is not what is tested. */
package org.clientcost.gateway;
