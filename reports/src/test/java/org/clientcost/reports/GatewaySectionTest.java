package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Gateway section of the page, without a browser (DashboardBrowserTest checks it rendered; this runs where no
 * Chromium is installed): built from gateway-result.json files, one row per client and style, a link per run.
 */
class GatewaySectionTest {

    @Test
    void gatewayRunsGiveOneRowPerClientAndStyleLinkedToTheirReports() throws IOException {
        Path root = FixtureRoot.create("gateway-section", false, false);
        FixtureRoot.addGatewayRuns(root);
        Path out = root.resolve("out");
        String page = Files.readString(DashboardMain.build(root, out));
        assertTrue(page.contains("<section id=\"gateway\">"), "gateway section");
        assertEquals(2, Pattern.compile("<tr data-gateway=").matcher(page).results().count());
        assertTrue(page.contains("data-gateway=\"/hello jdk sync\""), page);
        assertEquals(4, Pattern.compile("gatewaysimulation-\\d+/index.html\">(singleton|perRequest)</a>").matcher(page).results().count());
        assertFalse(page.contains("MISMATCH or KO"));
    }

    @Test
    void aRunWhoseClientReSentRequestsSaysHowManyNextToItsRateAndTheTableScrollsInItsOwnBox() throws IOException {
        Path root = FixtureRoot.create("gateway-resent", false, false);
        FixtureRoot.setResentByClient(FixtureRoot.addGatewayRuns(root), "jdk", "singleton", 1234);
        String page = Files.readString(DashboardMain.build(root, root.resolve("out")));
        assertEquals(1, Pattern.compile("data-col=\"singleton-rps\">[0-9,]+ \\(1,234 re-sent\\)</td>").matcher(page).results().count(),
                "one re-sent note, on jdk singleton");
        assertFalse(page.contains("-1 re-sent"), "a run that did not count re-sends shows none");
        assertTrue(page.contains("<div class=\"table-scroll\">\n<table id=\"gateway-runs\">"), "gateway table in its scroll box");
    }

    @Test
    void gatewayRunsAreListedInTheGatewaySectionOnlyNotInTheGatlingTable() throws IOException {
        Path root = FixtureRoot.create("gateway-not-gatling", false, true);
        int simulations = DashboardInput.load(DashboardArguments.newestOnly(root, root.resolve("out"))).gatlingRuns().size();
        FixtureRoot.addGatewayRuns(root);
        DashboardInput input = DashboardInput.load(DashboardArguments.newestOnly(root, root.resolve("out")));
        assertEquals(simulations, input.gatlingRuns().size(), "gateway runs kept out of the Gatling table");
        assertEquals(4, input.gatewayRuns().size());
    }

    @Test
    void withoutGatewayRunsTheSectionNamesTheCommand() throws IOException {
        Path root = FixtureRoot.create("gateway-section-missing", false, true);
        String page = Files.readString(DashboardMain.build(root, root.resolve("out")));
        assertTrue(page.contains(RunCommands.GATEWAY), "names " + RunCommands.GATEWAY);
    }
}
