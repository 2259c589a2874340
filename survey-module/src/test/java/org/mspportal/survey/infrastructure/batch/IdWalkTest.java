package org.mspportal.survey.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class IdWalkTest {

    @Test
    void childRowsInIdOrderFindTheirParentAndChildrenOfParentsNotOnThePageFindNone() {
        IdWalk<Long> walk = new IdWalk<>(List.of(3L, 5L, 9L), IdWalk.idsOf(List.of(3L, 5L, 9L), id -> id));
        assertNull(walk.to(1));
        assertEquals(3L, walk.to(3));
        assertEquals(3L, walk.to(3), "several children of one parent");
        assertNull(walk.to(4), "a parent outside the period");
        assertEquals(9L, walk.to(9));
        assertNull(walk.to(12), "past the page's last row");
    }
}
