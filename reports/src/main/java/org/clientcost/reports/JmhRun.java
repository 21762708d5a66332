package org.clientcost.reports;

import java.util.Optional;

/**
 * One JMH run the dashboard shows: its result file and, when the run wrote one, its environment sidecar.
 *
 * @param result      the parsed JMH JSON
 * @param environment the sidecar ({@code jmh-env*.json}), if found
 */
public record JmhRun(JmhResultFile result, Optional<RunEnvironment> environment) {

    /** The JDK version, without the build: {@code 25.0.3} from the sidecar's {@code 25.0.3+9-LTS}, else from the JSON. */
    public String jdkVersion() {
        String full = environment.map(RunEnvironment::jdkVersion).filter(v -> !v.isBlank())
                .orElse(result.settings().jdkVersion());
        int build = full.indexOf('+');
        return build < 0 ? full : full.substring(0, build);
    }

    /** The JDK's feature release ({@code 25}), 0 when unknown. */
    public int jdkFeature() {
        String version = jdkVersion();
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
    }

    /** When the run started (ISO-8601 from the sidecar), or "" without one. */
    public String date() {
        return environment.map(RunEnvironment::date).orElse("");
    }

    /** {@code JDK 25.0.3 · full · 2026-11-21 11:39}; without a sidecar, {@code JDK 25.0.3 · <file name>}. */
    public String label() {
        String jdk = "JDK " + (jdkVersion().isBlank() ? "?" : jdkVersion());
        if (environment.isEmpty()) {
            return jdk + " \u00b7 " + result.file().getFileName();
        }
        RunEnvironment e = environment.get();
        String date = e.date().replace('T', ' ');
        date = date.length() >= 16 ? date.substring(0, 16) : date;
        return jdk + " \u00b7 " + (e.profile().isBlank() ? "?" : e.profile()) + (date.isBlank() ? "" : " \u00b7 " + date);
    }
}
