package org.mspportal.core.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MigrationSetTest {

    @Test
    void eachOwnerHasItsOwnHistoryTableWithASafeName() {
        assertEquals("flyway_history_core", new MigrationSet("core", "db/migration/core", null, java.util.List.of()).historyTable());
        assertEquals("flyway_history_reference_group",
                new MigrationSet("reference-group", "db/migration/reference_group", null, java.util.List.of()).historyTable());
    }

    @Test
    void statusIsUpToDateOnlyWithNothingPendingAndNoProblem() {
        assertTrue(new MigrationStatus("core", "1", 0, null).isUpToDate());
        assertFalse(new MigrationStatus("core", "1", 1, null).isUpToDate());
        assertFalse(new MigrationStatus("core", null, -1, "SQLException: connection refused").isUpToDate());
    }
}
