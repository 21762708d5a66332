package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian chromium driven through Selenium, with both binaries named explicitly so Selenium Manager never
 * looks for (or downloads) a browser. Without chromium or chromedriver the test is skipped with one line, unless
 * {@code -Dreports.requireBrowser=true} (CI), which turns that line into a failure.
 */
final class BrowserSession implements AutoCloseable {

    static final String CHROMIUM_PROPERTY = "reports.chromium";
    static final String CHROMEDRIVER_PROPERTY = "reports.chromedriver";
    static final String REQUIRE_PROPERTY = "reports.requireBrowser";

    /** Selenium warns that it has no CDP binding for this chromium version; the test uses none. Kept referenced. */
    private static final Logger CDP_LOGGER = Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriver driver;
    private final Path profile;

    private BrowserSession(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips/fails the calling test with one line when it is not installed. */
    static BrowserSession open() throws IOException {
        Path chromium = Path.of(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty(CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver"));
        String missing = !Files.isExecutable(chromium) ? chromium.toString()
                : !Files.isExecutable(chromedriver) ? chromedriver.toString() : null;
        if (missing != null) {
            String line = "browser test needs " + missing + " (apt-get install -y chromium chromium-driver)";
            if (Boolean.parseBoolean(System.getProperty(REQUIRE_PROPERTY, "false"))) {
                fail(line + "; -D" + REQUIRE_PROPERTY + "=true makes it required");
            }
            System.out.println("SKIPPED: " + line);
            Assumptions.abort(line);
        }
        CDP_LOGGER.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("reports-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(List.of(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,2000", "--user-data-dir=" + profile));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new BrowserSession(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Console messages at SEVERE (errors, uncaught exceptions, failed loads) since the last call. */
    List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            FixtureRoot.deleteRecursively(profile);
        }
    }
}
