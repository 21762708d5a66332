package org.clientcost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The seq ledger: which request targets carry a number, and which numbers count as repeated. */
class RepeatedRequestsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/hello?seq=42                | 42",
        "/hello?seq=0                 | 0",
        "/bytes/3?a=1&seq=17&b=2      | 17",
        "/hello?seq=5#frag            | 5",
        "/hello                       | -1",
        "/hello?sequence=5            | -1",
        "/hello?seq=                  | -1",
        "/hello?seq=-3                | -1",
        "/hello?seq=12x               | -1",
        "/hello?seq=1234567890123456789 | -1",
        "/hello?a=1#seq=5             | -1",
        "http://h:1/hello?seq=9       | 9",
    })
    void readsTheSeqParameter(String uri, long expected) {
        assertEquals(expected, RepeatedRequests.seqOf(uri.strip()));
    }

    @Test
    void countsEachExtraAnswerOfANumberOnce() {
        RepeatedRequests ledger = new RepeatedRequests();
        for (long seq : new long[] {0, 1, 63, 64, (1L << 20) - 1, 1L << 20, RepeatedRequests.MAX_SEQ}) {
            ledger.answered(seq);
        }
        assertEquals(0, ledger.repeated(), "distinct numbers, across words and pages");
        ledger.answered(64);
        ledger.answered(64);
        ledger.answered(1L << 20);
        assertEquals(3, ledger.repeated());
        ledger.answered(RepeatedRequests.MAX_SEQ + 1);
        ledger.answered(RepeatedRequests.MAX_SEQ + 1);
        ledger.answered(-1);
        assertEquals(3, ledger.repeated(), "numbers out of range are not tracked");
        ledger.reset();
        ledger.answered(64);
        assertEquals(0, ledger.repeated());
    }
}
