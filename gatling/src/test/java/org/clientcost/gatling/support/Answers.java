package org.clientcost.gatling.support;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.function.Predicate;

/**
 * The step after every request: tally its outcome, clear the user's failed flag, and stop the load generator at
 * once when a KO came with an exhausted operating-system limit, with a message naming that limit. (SaturationRamp
 * uses {@link #recordAndFlagFirstOverload} instead: it decides itself how a run that hit a limit ends.)
 *
 * <p>It runs a million times per run, so the common path (an OK answer) only counts and touches no session
 * attribute; the rare outcomes (exhausted limit, last answer) are flagged in the session for the steps that follow.
 */
public final class Answers {

    private static final String OUT_OF_RESOURCES = "outOfResources";
    private static final String LAST_ANSWER = "lastAnswer";
    private static final String FIRST_OVERLOAD = "firstOverload";

    private Answers() {
    }

    /** Tallies each answer; stops the run on an exhausted OS limit. */
    public static ChainBuilder record(RunLifecycle run) {
        return record(run, session -> false);
    }

    /**
     * Tallies each answer and flags the session when {@code isLast} says this answer completes the run; the caller
     * checks the flag with {@link #wasLast(Session)}.
     */
    static ChainBuilder record(RunLifecycle run, Predicate<Session> isLast) {
        return exec(session -> {
            Session next = tally(session, run, OUT_OF_RESOURCES, false);
            return isLast.test(next) ? next.set(LAST_ANSWER, true) : next;
        }).stopLoadGeneratorIf(session -> "stopped on overload: " + session.getString(OUT_OF_RESOURCES),
                session -> session.contains(OUT_OF_RESOURCES));
    }

    /**
     * Tallies each answer like {@link #record(RunLifecycle)} but does not stop the load generator on an exhausted
     * OS limit: it prints the {@code [overload]} line and flags only the user that saw the limit first; the caller
     * checks that flag with {@link #firstToSeeOverload(Session)} and ends the run its own way.
     */
    public static ChainBuilder recordAndFlagFirstOverload(RunLifecycle run) {
        return exec(session -> tally(session, run, FIRST_OVERLOAD, true));
    }

    private static Session tally(Session session, RunLifecycle run, String flag, boolean firstOnly) {
        boolean failed = session.isFailed();
        run.outcomes().record(failed);
        Session next = failed ? session.markAsSucceeded() : session;
        if (failed) {
            // Once a limit ran out, the KOs that follow are its consequence: no need to list /proc/self/fd again.
            String exhausted = Overload.happened() ? Overload.reason() : run.limits().exhaustedNow();
            if (exhausted != null && (Overload.report(exhausted) || !firstOnly)) {
                next = next.set(flag, exhausted);
            }
        }
        return next;
    }

    public static boolean firstToSeeOverload(Session session) {
        return session.contains(FIRST_OVERLOAD);
    }

    static boolean wasLast(Session session) {
        return session.contains(LAST_ANSWER);
    }
}
