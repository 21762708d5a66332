package org.clientcost.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Writes the dashboard into a directory: {@code index.html} plus {@code assets/} holding Chart.js (copied from its
 * WebJar on the classpath, so nothing loads from a CDN), its licence, and this module's script and stylesheet.
 */
public final class DashboardWriter {

    static final String INDEX = "index.html";
    static final String ASSETS = "assets";
    private static final String CHARTJS_POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";
    private static final String CHARTJS_DIR = "META-INF/resources/webjars/chart.js/";
    private static final String OWN_RESOURCES = "org/clientcost/reports/";

    private DashboardWriter() {
    }

    /** Writes the page and its assets; returns the path of {@code index.html}. */
    public static Path write(DashboardInput input, Path outDir) throws IOException {
        Path assets = outDir.resolve(ASSETS);
        Files.createDirectories(assets);
        String chartJs = CHARTJS_DIR + chartJsVersion() + "/";
        copyResource(chartJs + "dist/chart.umd.min.js", assets.resolve("chart.umd.min.js"));
        copyResource(chartJs + "LICENSE.md", assets.resolve("chart.js-LICENSE.md"));
        copyResource(OWN_RESOURCES + "dashboard.js", assets.resolve("dashboard.js"));
        copyResource(OWN_RESOURCES + "dashboard.css", assets.resolve("dashboard.css"));
        Path index = outDir.resolve(INDEX);
        // A unique temporary file, then a rename: a JMH and a Gatling run finishing together never mix their pages.
        Path tmp = Files.createTempFile(outDir, "index-", ".html.tmp");
        try {
            Files.writeString(tmp, DashboardPage.render(input, outDir), StandardCharsets.UTF_8);
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                // Temporary files are created owner-only; the page is as readable as the assets next to it.
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return index;
    }

    /** The Chart.js WebJar version on the classpath (its own pom.properties), so no version is hard-coded here. */
    static String chartJsVersion() throws IOException {
        try (InputStream in = resource(CHARTJS_POM)) {
            Properties props = new Properties();
            props.load(in);
            String version = props.getProperty("version");
            if (version == null || version.isBlank()) {
                throw new IOException(CHARTJS_POM + " has no version");
            }
            return version.trim();
        }
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = resource(name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DashboardWriter.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("classpath resource " + name + " is missing (is org.webjars.npm:chart.js on the classpath?)");
        }
        return in;
    }
}
