package org.clientcost.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void scoresAreGroupedFromOneHundredAndSignificantBelow() {
        assertEquals("1,234,568", Numbers.score(1_234_567.8));
        assertEquals("100", Numbers.score(99.96));
        assertEquals("12.3", Numbers.score(12.345));
        assertEquals("0.000100", Numbers.score(0.0001));
        assertEquals(Numbers.NONE, Numbers.score(Double.NaN));
    }

    @Test
    void ratiosKeepThreeSignificantDigitsInPlainNotation() {
        assertEquals("0.0523", Numbers.significant(0.052345, 3));
        assertEquals("19.1", Numbers.significant(19.0845, 3));
        assertEquals("0", Numbers.significant(0, 3));
    }

    @Test
    void percentileLabels() {
        assertEquals("p99", Numbers.percentileLabel(99));
        assertEquals("p99.9", Numbers.percentileLabel(99.9));
    }

    @Test
    void linksToGatlingReportsAreRelativeAndEncoded() {
        Path out = Path.of("/work/p/reports/target/dashboard");
        assertEquals("../../../gatling/target/gatling/m-1/index.html",
                Links.relative(out, Path.of("/work/p/gatling/target/gatling/m-1/index.html")));
        assertEquals("../a%20b/index.html", Links.relative(out, Path.of("/work/p/reports/target/a b/index.html")));
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertEquals("48 s", Numbers.duration(48.2));
        assertEquals("14.8 min", Numbers.duration(888));
        assertEquals("2.1 h", Numbers.duration(7_560));
        assertEquals(Numbers.NONE, Numbers.duration(-1));
        assertEquals(Numbers.NONE, Numbers.duration(Double.POSITIVE_INFINITY));
    }
}
