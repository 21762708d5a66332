/**
 * One adapter per HTTP client library (JDK HttpClient, OkHttp, AsyncHttpClient) behind one small interface, with
 * a verifying call for benchmarks and a response-returning call for services; the three ways of using a client
 * ({@link org.clientcost.clients.ClientMode}, applied by {@link org.clientcost.clients.ClientPolicy}); and a
 * baseline socket client.
 */
package org.clientcost.clients;
