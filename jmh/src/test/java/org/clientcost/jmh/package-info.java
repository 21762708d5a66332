/** Tests of the benchmark module: the smoke run of every cell (with -Psmoke) and the launcher's own logic. */
package org.clientcost.jmh;
