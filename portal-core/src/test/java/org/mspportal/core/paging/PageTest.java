package org.mspportal.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPageNumberAnAddressCanCarryNeverOverflowsTheOffset() {
        assertEquals(0, PageRequest.of(-5, 20).offset(), "below 1 is the first page");
        assertEquals(0, PageRequest.of(null, 20).offset());
        assertEquals(Integer.MAX_VALUE, PageRequest.of(Integer.MAX_VALUE, 50).offset(), "capped, not negative");
        assertEquals(40, PageRequest.of(3, 20).offset());
    }

    @Test
    void aPageSaysWhereItIsInTheList() {
        Page<String> second = Page.of(List.of("c", "d"), PageRequest.of(2, 2), 5);
        assertEquals(3, second.pages());
        assertTrue(second.hasPrevious() && second.hasNext());
        assertEquals(3, second.firstShown(), "positions count from 1");
        assertEquals(4, second.lastShown());
    }

    @Test
    void aPagePastTheEndOrOfAnEmptyListShowsNothingAndClaimsNoPosition() {
        Page<String> beyond = Page.of(List.of(), PageRequest.of(Integer.MAX_VALUE, 20), 7);
        assertEquals(0, beyond.firstShown());
        assertEquals(0, beyond.lastShown());
        assertFalse(beyond.hasNext());
        Page<String> empty = Page.of(List.of(), PageRequest.of(1, 20), 0);
        assertEquals(1, empty.pages());
        assertFalse(empty.hasPrevious() || empty.hasNext());
    }
}
