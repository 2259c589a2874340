package org.mspportal.it.referencegroup;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
 * Runs inside the server, so it can read the search module's tables, and acts through the pages over
 * HTTP as a member does: a suggestion from a member who consented to practice learning reaches the
 * search module with coded facets; withdrawing consent takes it out; consenting again brings it back.
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
    void aConsentedSuggestionReachesTheSearchModuleAndWithdrawingConsentTakesItOut() throws Exception {
        String marker = "w" + UUID.randomUUID().toString().substring(0, 8);
        PortalHttpClient member = new PortalHttpClient();
        member.signIn(Portal.DemoUser.MEMBER);
        String topicId = ReferenceGroupPages.match(ReferenceGroupPages.OPEN_TOPIC, member.get("/reference-group/index.xhtml").body());
        String page = member.get("/reference-group/topic.xhtml?id=" + topicId).body();
        assertEquals(302, member.submit("/reference-group/topic.xhtml?id=" + topicId, page, "suggest",
                Map.of("text", "Offer a home visit first " + marker), "send").statusCode());

        String[] entry = waitForEntry(marker);
        String documentId = entry[0];
        assertTrue(documentId.startsWith("suggestion-"), documentId);
        assertEquals("suggestion", entry[1], "kind");
        assertEquals("RECEIVED", entry[2], "status facet");
        assertFalse(entry[3] == null || entry[3].isBlank(), "topic facet");

        String details = member.get("/reference-group/my-details.xhtml").body();
        try {
            assertEquals(302, member.submit("/reference-group/my-details.xhtml", details, "consent", Map.of(), "withdraw").statusCode());
            waitUntil(() -> entryOf(documentId) == null, "withdrawing consent takes the words out of the index");
        } finally {
            String again = member.get("/reference-group/my-details.xhtml").body();
            member.submit("/reference-group/my-details.xhtml", again, "consent",
                    Map.of("practiceLearning", "true", "quoteAnonymously", "true", "quoteWithFirstName", "true"), "save");
        }
        waitUntil(() -> entryOf(documentId) != null, "consent given again publishes the words again");
    }

    /** The search module's entry holding the marker, once the outbox has been applied: document id, kind, status, topic. */
    private String[] waitForEntry(String marker) {
        return await("the suggestion to reach the search module").atMost(Duration.ofSeconds(15))
                .until(() -> entryHolding(marker), java.util.Objects::nonNull);
    }

    private String[] entryHolding(String marker) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT document_id, kind, status, topic FROM search_entry"
                     + " WHERE source = 'reference-group' AND redacted_text LIKE ?")) {
            s.setString(1, "%" + marker + "%");
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)} : null;
            }
        }
    }

    private String entryOf(String documentId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT document_id FROM search_entry WHERE source = 'reference-group'"
                     + " AND document_id = ?")) {
            s.setString(1, documentId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static void waitUntil(Check check, String what) {
        await(what).atMost(Duration.ofSeconds(15)).until(check::holds);
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }
}
