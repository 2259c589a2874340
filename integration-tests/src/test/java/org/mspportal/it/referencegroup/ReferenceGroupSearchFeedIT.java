package org.mspportal.it.referencegroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.PortalHttpClient;

/**
 * Runs inside the server, so it can read the platform's search outbox, and acts through the pages over
 * HTTP as a member does: a suggestion from a member who consented to practice learning is published
 * with coded facets only; withdrawing consent queues its removal in the same transaction.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceGroupSearchFeedIT {

    @Deployment
    static EnterpriseArchive portal() {
        return PortalDeployment.withTestClasses(ReferenceGroupSearchFeedIT.class, ReferenceGroupPages.class, PortalHttpClient.class,
                Portal.class);
    }

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Test
    void aConsentedSuggestionIsPublishedAndWithdrawingConsentQueuesItsRemoval() throws Exception {
        String marker = "w" + UUID.randomUUID().toString().substring(0, 8);
        PortalHttpClient member = new PortalHttpClient();
        member.signIn(Portal.DemoUser.MEMBER);
        String topicId = ReferenceGroupPages.match(ReferenceGroupPages.OPEN_TOPIC, member.get("/reference-group/index.xhtml").body());
        String page = member.get("/reference-group/topic.xhtml?id=" + topicId).body();
        assertEquals(302, member.submit("/reference-group/topic.xhtml?id=" + topicId, page, "suggest",
                Map.of("text", "Offer a home visit first " + marker), "send").statusCode());

        List<String[]> published = outbox(marker);
        assertEquals(1, published.size());
        String documentId = published.get(0)[0];
        assertTrue(documentId.startsWith("suggestion-"), documentId);
        assertEquals("PUBLISH", published.get(0)[1]);
        String facets = published.get(0)[2];
        assertTrue(facets.contains("source=suggestion") && facets.contains("status=RECEIVED") && facets.contains("topic="), facets);
        assertFalse(facets.contains("Morgan"), "no name in the facets");

        String details = member.get("/reference-group/my-details.xhtml").body();
        try {
            assertEquals(302, member.submit("/reference-group/my-details.xhtml", details, "consent", Map.of(), "withdraw").statusCode());
            assertTrue(operations(documentId).endsWith("WITHDRAW"), "withdrawal queues the removal: " + operations(documentId));
        } finally {
            String again = member.get("/reference-group/my-details.xhtml").body();
            member.submit("/reference-group/my-details.xhtml", again, "consent",
                    Map.of("practiceLearning", "true", "quoteAnonymously", "true", "quoteWithFirstName", "true"), "save");
        }
        assertTrue(operations(documentId).endsWith("PUBLISH"), "consent given again publishes the words again");
    }

    private List<String[]> outbox(String marker) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT document_id, operation, facets FROM core_search_outbox"
                     + " WHERE source = 'reference-group' AND body LIKE ? ORDER BY id")) {
            s.setString(1, "%" + marker + "%");
            List<String[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                }
            }
            return rows;
        }
    }

    private String operations(String documentId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT operation FROM core_search_outbox WHERE source = 'reference-group'"
                     + " AND document_id = ? ORDER BY id")) {
            s.setString(1, documentId);
            StringBuilder all = new StringBuilder();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.append(all.isEmpty() ? "" : " ").append(r.getString(1));
                }
            }
            return all.toString();
        }
    }
}
