/** One adapter per HTTP client library (JDK HttpClient, OkHttp, AsyncHttpClient) behind one small interface, the ways of using one (ClientMode), plus a baseline socket client. */
package org.clientcost.clients;
