package org.mspportal.survey.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class IdRangesTest {

    @Test
    void theIdsAreSplitIntoContiguousRangesThatCoverEveryOne() {
        assertEquals("1-3,4-6,7-9,10-10", IdRanges.split(1, 10, 4));
        List<long[]> ranges = IdRanges.parse(IdRanges.split(17, 1_000_016, 4));
        assertEquals(4, ranges.size());
        assertEquals(17, ranges.get(0)[0]);
        assertEquals(1_000_016, ranges.get(3)[1]);
        for (int i = 1; i < ranges.size(); i++) {
            assertEquals(ranges.get(i - 1)[1] + 1, ranges.get(i)[0], "no gap and no overlap");
        }
    }

    @Test
    void fewerIdsThanPartitionsGiveOneRangeEachAndNoIdsGiveOneEmptyRange() {
        assertEquals("5-5,6-6", IdRanges.split(5, 6, 4));
        assertEquals("1-0", IdRanges.split(1, 0, 4));
        assertArrayEquals(new long[] {1, 0}, IdRanges.parse("1-0").get(0));
    }
}
