package org.clientcost.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Which threads started after a point in time are still alive: after a shutdown, what it left behind (a client's
 * event loop, selector or pool that was not shut down).
 *
 * <p>Threads of JVM-wide pools are reported apart, as {@link Report#shared()}: they belong to no one client, do not
 * grow with the number of clients, and end by themselves after a minute idle: the common ForkJoinPool's workers,
 * OkHttp's process-wide {@code TaskRunner} threads and Okio's {@code Watchdog} (timeouts of every OkHttp client).
 *
 * <p>{@link #awaitGone} asks for a garbage collection once a second while it waits: on JDK 17 a JDK HttpClient
 * cannot be closed, and its selector thread ends only after the collector has reclaimed the client (it notices
 * within about 3 s).
 */
final class LeftoverThreads {

    private static final List<String> SHARED_PREFIXES = List.of("ForkJoinPool.commonPool-", "OkHttp TaskRunner", "Okio Watchdog");

    /** Threads still alive: those of clients (or anything else) left behind, and those of JVM-wide pools. */
    record Report(List<String> leftBehind, List<String> shared) { }

    private final Set<Long> before;

    private LeftoverThreads(Set<Long> before) {
        this.before = before;
    }

    /** The threads alive now; anything started later counts. */
    static LeftoverThreads since() {
        return new LeftoverThreads(Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet()));
    }

    /** Waits up to {@code limit} for every later-started thread (except the caller and JVM-wide pools) to end. */
    Report awaitGone(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long nextGc = System.nanoTime();
        while (true) {
            List<Thread> alive = alive();
            List<String> leftBehind = names(alive, false);
            long now = System.nanoTime();
            if (leftBehind.isEmpty() || now - deadline >= 0) {
                return new Report(leftBehind, names(alive, true));
            }
            if (now - nextGc >= 0) {
                System.gc();
                nextGc = now + TimeUnit.SECONDS.toNanos(1);
            }
            Thread.sleep(50);
        }
    }

    private List<Thread> alive() {
        Thread self = Thread.currentThread();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t != self && t.isAlive() && !before.contains(t.getId()))
                .collect(Collectors.toList());
    }

    private static List<String> names(List<Thread> threads, boolean shared) {
        return threads.stream()
                .map(Thread::getName)
                .filter(name -> SHARED_PREFIXES.stream().anyMatch(name::startsWith) == shared)
                .sorted()
                .collect(Collectors.toList());
    }
}
