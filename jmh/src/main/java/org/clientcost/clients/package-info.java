/** One adapter per HTTP client library (JDK HttpClient, OkHttp, AsyncHttpClient) behind one small interface, plus a baseline socket client. */
package org.clientcost.clients;
