package org.clientcost.gatling.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Keeps one configuration's leftovers out of the next. Threads cannot leak: every configuration gets fresh target
 * server and gateway processes, and the previous ones have exited. Ports can: every connection closed on loopback
 * keeps a port in TIME_WAIT for 60 s. With {@code net.ipv4.tcp_tw_reuse} 1 or 2 (2, the Linux default, reuses them
 * for loopback) new loopback connections reuse those ports and nothing needs to wait; with 0 the next configuration
 * waits until the loopback TIME_WAIT sockets are gone, at most {@code -Dgateway.drainSeconds}.
 */
final class TimeWaitDrain {

    private static final Path TW_REUSE = Path.of("/proc/sys/net/ipv4/tcp_tw_reuse");
    private static final List<Path> TCP_TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String TIME_WAIT = "06";

    private final String reuse;

    TimeWaitDrain() {
        String value;
        try {
            value = Files.readString(TW_REUSE).strip();
        } catch (IOException e) {
            value = "unknown";
        }
        reuse = value;
    }

    /** One line: the OS setting and what it means for the matrix. */
    String describe() {
        return "net.ipv4.tcp_tw_reuse = " + reuse + (waits()
                ? ": TIME_WAIT ports are not reused, so each configuration waits (at most "
                        + GatewayParameters.DRAIN_SECONDS + " s) for the previous one's to drain"
                : ": loopback connections reuse TIME_WAIT ports, so no configuration waits for the previous one's");
    }

    /** Before every configuration but the first: wait for loopback TIME_WAIT sockets if the OS will not reuse them. */
    void beforeNext() throws InterruptedException {
        long left = timeWaitOnLoopback();
        if (!waits()) {
            System.out.printf(Locale.ROOT, "[drain] %d loopback sockets in TIME_WAIT; tcp_tw_reuse = %s, not waiting%n", left, reuse);
            return;
        }
        long deadline = System.nanoTime() + GatewayParameters.DRAIN_SECONDS * 1_000_000_000L;
        long start = System.nanoTime();
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            left = timeWaitOnLoopback();
        }
        System.out.printf(Locale.ROOT, "[drain] waited %.0f s for TIME_WAIT on loopback: %d left%s%n",
                (System.nanoTime() - start) / 1e9, left, left > 0 ? " (bound reached)" : "");
    }

    private boolean waits() {
        return "0".equals(reuse);
    }

    /** TIME_WAIT sockets whose local address is loopback (127.0.0.1 or ::1, IPv4-mapped included). */
    static long timeWaitOnLoopback() {
        long count = 0;
        for (Path table : TCP_TABLES) {
            try {
                for (String line : Files.readAllLines(table)) {
                    String[] f = line.strip().split("\\s+");
                    if (f.length > 3 && TIME_WAIT.equals(f[3]) && loopback(f[1])) {
                        count++;
                    }
                }
            } catch (IOException e) {
                // no such table (no IPv6): nothing to count
            }
        }
        return count;
    }

    private static boolean loopback(String localAddress) {
        String address = localAddress.substring(0, localAddress.indexOf(':'));
        return address.endsWith("7F") && address.length() == 8 // 127.x.x.x, little-endian hex
                || address.equals("00000000000000000000000001000000") // ::1
                || address.startsWith("0000000000000000FFFF0000") && address.endsWith("7F"); // ::ffff:127.x.x.x
    }
}
