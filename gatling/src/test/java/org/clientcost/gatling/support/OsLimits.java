package org.clientcost.gatling.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The operating-system limits a load generator can run into, read from /proc: open file descriptors
 * ({@code ulimit -n}) and ephemeral ports ({@code net.ipv4.ip_local_port_range}, {@code tcp_tw_reuse}).
 *
 * <p>A daemon thread samples the current use four times a second and keeps the peaks, so that a run that fails can say
 * which limit it ran into instead of leaving the reader with a wall of connect exceptions. On other systems than
 * Linux the values are unknown (-1) and nothing is claimed.
 */
final class OsLimits {

    /** Fraction of a limit at which it counts as exhausted. */
    private static final double EXHAUSTED = 0.9;
    /** File descriptors a JVM needs besides sockets (jars, logs, epoll, pipes), with room to spare. */
    private static final long FDS_BESIDES_SOCKETS = 1_024;

    private final long fdLimit = readFdLimit();
    private final int[] portRange = readPortRange();
    private final String twReuse = readFirstLine(Path.of("/proc/sys/net/ipv4/tcp_tw_reuse"), "?");
    private volatile long peakFds;
    private volatile long peakTcpInUse;
    private volatile long peakTimeWait;
    private Thread sampler;

    /**
     * Prints the limits, with a warning when the fd limit is low for a run that may hold {@code socketsNeeded} sockets at
     * once, or when {@code newConnections} closed connections would outnumber the ephemeral ports without TIME_WAIT reuse.
     */
    void report(long socketsNeeded, long newConnections) {
        System.out.printf(Locale.ROOT, "[limits] open files (ulimit -n): %s; ephemeral ports %d-%d (%d); tcp_tw_reuse=%s%n",
                fdLimit < 0 ? "unknown" : Long.toString(fdLimit), portRange[0], portRange[1], ports(), twReuse);
        if (fdLimit > 0 && fdLimit < socketsNeeded + FDS_BESIDES_SOCKETS) {
            System.out.printf(Locale.ROOT, "[limits] WARNING: ulimit -n is %d (low): this run may hold up to %d sockets at once. "
                    + "Raise it with `ulimit -n %d` before mvn if the run ends on the file-descriptor limit.%n",
                    fdLimit, socketsNeeded, Math.max(65_536, (socketsNeeded + FDS_BESIDES_SOCKETS) * 2));
        }
        if (ports() > 0 && !"1".equals(twReuse) && !"2".equals(twReuse) && newConnections > ports()) {
            System.out.printf(Locale.ROOT, "[limits] WARNING: %d new connections but only %d ephemeral ports and "
                    + "tcp_tw_reuse=%s: closed ports wait in TIME_WAIT (60 s), so the run will likely end on "
                    + "ephemeral-port exhaustion. Enable net.ipv4.tcp_tw_reuse or lower -Drequests.%n",
                    newConnections, ports(), twReuse);
        }
    }

    /**
     * Starts the sampler. It also walks the code that reports an exhausted limit once, because when descriptors run
     * out the JVM can no longer open a class file to load that code.
     */
    void startSampling() {
        describeExhaustion(Math.max(fdLimit, 1), 0, 0);
        describeExhaustion(0, 0, Math.max(ports(), 1));
        exhaustedAtPeak();
        Overload.load();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampleNow();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "os-limits-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stopSampling() {
        if (sampler != null) {
            sampler.interrupt();
        }
        sampleNow();
    }

    /** The limit that is (nearly) used up right now, as a sentence, or null if none is. */
    String exhaustedNow() {
        sampleNow();
        return describeExhaustion(openFds(), tcpInUse(), timeWait());
    }

    /** The limit the run came close to at its peak, as a sentence, or null if none. */
    String exhaustedAtPeak() {
        return describeExhaustion(peakFds, peakTcpInUse, peakTimeWait);
    }

    String peaks() {
        return String.format(Locale.ROOT, "peak open fds %d (limit %d), peak TCP sockets in use %d, peak TIME_WAIT %d "
                + "(system-wide, both ends of loopback connections count)", peakFds, fdLimit, peakTcpInUse, peakTimeWait);
    }

    private String describeExhaustion(long fds, long inUse, long timeWait) {
        if (fdLimit > 0 && fds >= EXHAUSTED * fdLimit) {
            return String.format(Locale.ROOT, "file descriptors exhausted: %d open of the limit %d (ulimit -n); "
                    + "raise it with `ulimit -n` or lower the load", fds, fdLimit);
        }
        // Each client connection holds one ephemeral port while open (inUse counts both ends) or in TIME_WAIT.
        long portsHeld = inUse / 2 + timeWait;
        if (ports() > 0 && portsHeld >= EXHAUSTED * ports()) {
            return String.format(Locale.ROOT, "ephemeral ports exhausted: about %d of %d ports held (open or TIME_WAIT), "
                    + "net.ipv4.ip_local_port_range=%d-%d, tcp_tw_reuse=%s; widen the range, enable tcp_tw_reuse "
                    + "or reuse connections", portsHeld, ports(), portRange[0], portRange[1], twReuse);
        }
        return null;
    }

    private void sampleNow() {
        peakFds = Math.max(peakFds, openFds());
        peakTcpInUse = Math.max(peakTcpInUse, tcpInUse());
        peakTimeWait = Math.max(peakTimeWait, timeWait());
    }

    private int ports() {
        return portRange[1] >= portRange[0] && portRange[0] > 0 ? portRange[1] - portRange[0] + 1 : -1;
    }

    private long openFds() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        } catch (IOException | RuntimeException e) {
            // Listing needs a descriptor itself: failing with EMFILE means the limit is reached right now.
            return String.valueOf(e.getMessage()).contains("Too many open files") ? fdLimit : -1;
        }
    }

    private static long tcpInUse() {
        return sockstat("/proc/net/sockstat", "TCP:", "inuse") + sockstat("/proc/net/sockstat6", "TCP6:", "inuse");
    }

    private static long timeWait() {
        return sockstat("/proc/net/sockstat", "TCP:", "tw");
    }

    /** Reads one counter from a line such as {@code TCP: inuse 5 orphan 0 tw 2 alloc 7 mem 1}. */
    private static long sockstat(String file, String linePrefix, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(linePrefix)) {
                    String[] words = line.split("\\s+");
                    for (int i = 1; i + 1 < words.length; i++) {
                        if (words[i].equals(key)) {
                            return Long.parseLong(words[i + 1]);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static long readFdLimit() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/limits"));
            for (String line : lines) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).strip().split("\\s+")[0];
                    return "unlimited".equals(soft) ? Long.MAX_VALUE : Long.parseLong(soft);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static int[] readPortRange() {
        String line = readFirstLine(Path.of("/proc/sys/net/ipv4/ip_local_port_range"), "");
        String[] parts = line.strip().split("\\s+");
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (RuntimeException e) {
            return new int[] {-1, -1};
        }
    }

    private static String readFirstLine(Path file, String fallback) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? fallback : lines.get(0).strip();
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }
}
