package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The files a run leaves beside its result, named once for the launcher that writes them and the locator that reads them. */
class ResultFileNamesTest {

    @Test
    void theEnvironmentFileSitsBesideTheResult() {
        assertEquals(Path.of("t/jmh-env.json"), ResultFileNames.environmentOf(Path.of("t/jmh-result.json")));
        assertEquals(Path.of("t/jmh-env-jdk25.json"), ResultFileNames.environmentOf(Path.of("t/jmh-result-jdk25.json")));
        assertEquals(Path.of("t/run-env.json"), ResultFileNames.environmentOf(Path.of("t/run.json")));
    }

    @Test
    void theMarkdownSummaryAndOtherFormatsToo() {
        assertEquals(Path.of("t/jmh-summary.md"), ResultFileNames.markdownSummaryOf(Path.of("t/jmh-result.json")));
        assertEquals(Path.of("t/jmh-summary-2026-11-21-full-jdk25.md"),
                ResultFileNames.markdownSummaryOf(Path.of("t/jmh-result-2026-11-21-full-jdk25.json")));
        assertEquals(Path.of("t/run-summary.md"), ResultFileNames.markdownSummaryOf(Path.of("t/run.json")));
        assertEquals(Path.of("t/jmh-result.csv"), ResultFileNames.formatOf(Path.of("t/jmh-result.json"), "CSV"));
        assertEquals(Path.of("t/jmh-result-x.latex"), ResultFileNames.formatOf(Path.of("t/jmh-result-x.json"), "LATEX"));
    }
}
