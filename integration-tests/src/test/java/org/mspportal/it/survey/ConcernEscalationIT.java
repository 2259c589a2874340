package org.mspportal.it.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.survey.application.ConcernAlerts;
import org.mspportal.survey.application.RespondentAnswers;

/**
 * A concern nobody acknowledges is escalated to the safeguarding leads once the configured time has passed
 * (four hours by default), once only, and the escalation is audited.
 */
@ExtendWith(ArquillianExtension.class)
class ConcernEscalationIT {

    @Deployment
    static EnterpriseArchive portal() {
        return PortalDeployment.withTestClasses(ConcernEscalationIT.class, SearchPublicationScene.class);
    }

    @Inject
    SearchPublicationScene scene;

    @Inject
    RespondentAnswers answers;

    @Inject
    ConcernAlerts alerts;

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Test
    void anUnacknowledgedConcernIsEscalatedOnceAfterTheLimitAndAudited() throws Exception {
        SearchPublicationScene.Respondent respondent = scene.respondent("IT-E-");
        String reference = respondent.caseReference();
        assertEquals(Optional.empty(), answers.save(respondent.session(), "anything-else", null, "he has taken my bank card again"));
        assertEquals(1, count("SELECT COUNT(*) FROM survey_safeguarding_concern c JOIN survey_enquiry e ON e.id = c.enquiry_id "
                + "WHERE e.case_reference = '" + reference + "' AND c.escalated_at IS NULL"), "a concern was raised");

        alerts.escalateOverdue(Instant.now().plus(Duration.ofHours(3)));
        assertEquals(1, count(escalated(reference, "IS NULL")), "not before the limit");
        assertTrue(alerts.escalateOverdue(Instant.now().plus(Duration.ofHours(5))) >= 1);
        assertEquals(1, count(escalated(reference, "IS NOT NULL")), "escalated after it");
        alerts.escalateOverdue(Instant.now().plus(Duration.ofHours(9)));
        assertEquals(1, count("SELECT COUNT(*) FROM core_audit_entry WHERE action = 'ESCALATED_SAFEGUARDING_CONCERN' "
                + "AND subject = '" + reference + "'"), "escalated once, and audited");
    }

    private static String escalated(String reference, String state) {
        return "SELECT COUNT(*) FROM survey_safeguarding_concern c JOIN survey_enquiry e ON e.id = c.enquiry_id "
                + "WHERE e.case_reference = '" + reference + "' AND c.escalated_at " + state;
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
