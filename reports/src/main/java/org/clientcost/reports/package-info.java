/** Builds one static, offline HTML dashboard from the newest JMH JSON and every Gatling run report. */
package org.clientcost.reports;
