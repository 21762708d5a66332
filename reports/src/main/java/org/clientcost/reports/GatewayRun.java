package org.clientcost.reports;

import java.nio.file.Path;

/**
 * A gateway result and the Gatling report it belongs to.
 *
 * @param result    what {@link GatewayResultFile} read
 * @param directory the Gatling run directory holding the result file and {@code index.html}
 */
public record GatewayRun(GatewayResult result, Path directory) {

    /** The Gatling report's page. */
    public Path reportIndex() {
        return directory.resolve("index.html");
    }
}
