package org.mspportal.survey.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class MspRunListenerTest {

    @Test
    void aDatabaseFailureIsToldInPlainWordsWithWhatToDo() {
        String reason = MspRunListener.reason("count-enquiries",
                new IllegalStateException("wrapped", new SQLException("ERROR: relation \"survey_enquiry\" does not exist")));
        assertEquals("The run stopped while counting enquiries: the database refused or could not answer a query "
                + "(SQLException). Earlier figures are unchanged. Restart the run once the cause is fixed; it carries on "
                + "from where it stopped.", reason);
        assertFalse(reason.contains("relation"), "no SQL or table names for the lead");
    }

    @Test
    void otherFailuresNameTheStepAndTheCause() {
        assertEquals("The run stopped while publishing the figures: IllegalArgumentException: Not a reporting period: 1999 null. "
                        + "Earlier figures are unchanged. Restart the run once the cause is fixed; it carries on from where it stopped.",
                MspRunListener.reason("publish", new IllegalArgumentException("Not a reporting period: 1999 null")));
    }
}
