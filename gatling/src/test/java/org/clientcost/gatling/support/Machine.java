package org.clientcost.gatling.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a gateway result records about where it ran: the JDK (the gateway's and target server's too) and the machine. */
final class Machine {

    private Machine() {
    }

    /** e.g. {@code JDK 17.0.15 (Debian)}. */
    static String jdk() {
        return "JDK " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    /** e.g. {@code 2 CPUs (AMD EPYC ...), 24 GiB, Linux 6.18}. */
    static String describe() {
        return String.format(Locale.ROOT, "%d CPUs%s, %s, %s %s", Runtime.getRuntime().availableProcessors(), cpuModel(),
                memory(), System.getProperty("os.name"), System.getProperty("os.version"));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> " (" + l.substring(l.indexOf(':') + 1).strip() + ")").orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .findFirst().map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB")
                    .orElse("memory unknown");
        } catch (IOException | NumberFormatException e) {
            return "memory unknown";
        }
    }
}
