package org.mspportal.survey.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class EnquiryPageTest {

    static List<EnquirySummary> items(int n) {
        return Collections.nCopies(n, new EnquirySummary("SG-1", "North", null, null, null, 0));
    }

    @Test
    void firstPageOfManyHasOnlyANextPage() {
        EnquiryPage page = new EnquiryPage(items(25), 60, 1, 25);
        assertFalse(page.hasPrevious());
        assertTrue(page.hasNext());
        assertEquals(1, page.getFirstShown());
        assertEquals(25, page.getLastShown());
    }

    @Test
    void lastPageShowsTheRemainder() {
        EnquiryPage page = new EnquiryPage(items(10), 60, 3, 25);
        assertTrue(page.hasPrevious());
        assertFalse(page.hasNext());
        assertEquals(51, page.getFirstShown());
        assertEquals(60, page.getLastShown());
    }

    @Test
    void emptyListShowsNothing() {
        EnquiryPage page = new EnquiryPage(List.of(), 0, 1, 25);
        assertEquals(0, page.getFirstShown());
        assertFalse(page.hasNext());
    }
}
