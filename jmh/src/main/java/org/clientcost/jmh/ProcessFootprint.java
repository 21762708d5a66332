package org.clientcost.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What this JVM holds right now: threads (minus JMH's own workers), threads ever started, open file descriptors. */
final class ProcessFootprint {

    /** JMH names its benchmark threads {@code <benchmark>-jmh-worker-<n>}; they are the harness, not the client. */
    private static final String JMH_WORKER_MARK = "-jmh-worker-";
    private static final Path OWN_FDS = Path.of("/proc/self/fd");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ProcessFootprint() {
    }

    /** Live threads, except JMH's worker threads (they are started lazily, during the first iteration). */
    static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.getName().contains(JMH_WORKER_MARK))
                .collect(Collectors.toSet());
    }

    /** Threads started since the JVM started, including those that have ended. */
    static long startedThreads() {
        return THREADS.getTotalStartedThreadCount();
    }

    /** Open file descriptors of this process (sockets, selectors, pipes, files), or -1 without /proc (non-Linux). */
    static long openFileDescriptors() {
        if (!Files.isDirectory(OWN_FDS)) {
            return -1;
        }
        try (Stream<Path> fds = Files.list(OWN_FDS)) {
            return fds.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
