/** Tests of the client adapters against a real target server. */
package org.clientcost.clients;
