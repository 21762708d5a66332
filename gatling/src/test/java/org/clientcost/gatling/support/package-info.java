/**
 * What the simulations share, so that each simulation file says only what it measures.
 *
 * <ul>
 *   <li>{@link org.clientcost.gatling.support.LoadParameters}: every option and its default.</li>
 *   <li>{@link org.clientcost.gatling.support.RunLifecycle}: what a run does before and after its load; it holds the
 *       two roles a run talks to, the {@link org.clientcost.gatling.support.LoadedService} (where the requests go)
 *       and the {@link org.clientcost.gatling.support.CrossCheckedServer} (whose /stats must agree with the run).</li>
 *   <li>{@link org.clientcost.gatling.support.Hello}: the one validated request.</li>
 *   <li>{@link org.clientcost.gatling.support.ExactCount}: exactly N requests, all OK, and the server agrees.</li>
 *   <li>{@link org.clientcost.gatling.support.Answers}, {@link org.clientcost.gatling.support.Outcomes}: the step
 *       after each request and the tally it keeps.</li>
 *   <li>{@link org.clientcost.gatling.support.CrossCheck},
 *       {@link org.clientcost.gatling.support.ServerExpectation}: the /stats request at the end and its rules.</li>
 *   <li>{@link org.clientcost.gatling.support.Overload}, {@code OsLimits}: running into an operating-system limit.</li>
 *   <li>{@link org.clientcost.gatling.support.RampLevels}: SaturationRamp's per-level bookkeeping.</li>
 * </ul>
 */
package org.clientcost.gatling.support;
