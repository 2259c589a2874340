package org.mspportal.it.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mspportal.it.support.Portal.DemoUser.ADMIN;
import static org.mspportal.it.support.Portal.DemoUser.LEAD;
import static org.mspportal.it.support.Portal.DemoUser.PRACTITIONER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.search.Attribute;
import org.mspportal.core.search.DocumentRef;
import org.mspportal.core.search.PracticeLearningPublisher;
import org.mspportal.core.search.PracticeLearningText;
import org.mspportal.core.search.spi.OutboxDelivery;
import org.mspportal.core.security.PortalRole;
import org.mspportal.core.security.UserAccounts;
import org.mspportal.it.support.Portal;
import org.mspportal.it.support.PortalDeployment;
import org.mspportal.it.support.SignedIn;
import org.mspportal.search.application.PracticeLearningEntries;
import org.mspportal.search.application.PracticeLearningSearch;
import org.mspportal.search.application.SearchIndexRebuild;
import org.mspportal.search.application.ThemeCatalogue;
import org.mspportal.search.domain.index.SearchEntry;
import org.mspportal.search.domain.query.Facet;
import org.mspportal.search.domain.query.SearchRequest;
import org.mspportal.search.domain.query.Snippets;

/**
 * Runs inside the server: words published through the platform's outbox reach the Lucene index within
 * seconds, redacted and tagged with their themes, and a withdrawal takes them out. Every stored field and
 * every indexed term of the index is read back and searched for the identifiers the words contained.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIndexIT {

    /** Identifiers written into the published words; none may reach the index in any form. */
    static final List<String> SEEDED = List.of("Bethany", "Okonkwo", "07700 900123", "07700", "900123",
            "bethany.okonkwo@example.org", "example.org", "943 476 5919", "9434765919", "Acacia Avenue", "acacia",
            "NE1 4ST", "ne1", "4st", "JT 12 34 56 C", "jt123456c", "NSC-2025-00417", "00417");

    @Deployment
    static EnterpriseArchive portal() {
        return PortalDeployment.withTestClasses(SearchIndexIT.class, SignedIn.class, Portal.class, Portal.DemoUser.class);
    }

    @Inject
    PracticeLearningPublisher publisher;

    @Inject
    OutboxDelivery outbox;

    @Inject
    PracticeLearningSearch search;

    @Inject
    UserTransaction transaction;

    @PersistenceUnit(unitName = "search")
    EntityManagerFactory searchUnit;

    @Inject
    ThemeCatalogue themes;

    @Inject
    UserAccounts accounts;

    @Inject
    SearchIndexRebuild rebuild;

    @Inject
    PracticeLearningEntries entries;

    @Resource(lookup = "java:jboss/datasources/MspDS")
    DataSource dataSource;

    @Test
    void publishedWordsAreSearchableWithinSecondsRedactedAndTaggedAndAWithdrawalTakesThemOut() throws Exception {
        String marker = marker();
        publish("feedback-it-" + marker, "Nobody listened to me and the police never came back. My support worker "
                + "Bethany Okonkwo (07700 900123, bethany.okonkwo@example.org) knows. NHS number 943 476 5919, "
                + "NI JT 12 34 56 C, I live at 14 Acacia Avenue, NE1 4ST, case NSC-2025-00417. " + marker);

        PracticeLearningSearch.Hit hit = waitFor(marker, hits -> hits.size() == 1).get(0);
        String text = hit.entry().getRedactedText();
        for (String placeholder : List.of("[NAME]", "[PHONE]", "[EMAIL]", "[NHS_NUMBER]", "[NI_NUMBER]", "[POSTCODE]",
                "[CASE_REF]")) {
            assertTrue(text.contains(placeholder), placeholder + " in " + text);
        }
        assertTrue(hit.entry().getThemes().containsAll(List.of("Being listened to", "Police and justice",
                "People doing what they said they would")), "themes: " + hit.entry().getThemes());
        assertEquals("feedback", hit.entry().getKind());
        assertTrue(hit.snippets().stream().anyMatch(s -> s.contains(Snippets.MATCH_START + marker)),
                "the marker is highlighted: " + hit.snippets());
        assertFalse(find("listen " + marker).hits().isEmpty(), "English stems: listen finds listened");
        assertTrue(find(marker + " -police").hits().isEmpty(), "an excluded word excludes");

        PracticeLearningSearch.Results repaired = find(marker + " (police)~2");
        assertEquals(1, repaired.total(), "a malformed search falls back to plain words");
        assertTrue(repaired.repair().contains("brackets"), repaired.repair());
        assertTrue(find("\"came back " + marker).repair().contains("quotation mark"), "an unclosed quote is closed");

        assertNoSeededIdentifierInTheIndex();

        withdraw("feedback-it-" + marker);
        waitFor(marker, List::isEmpty);
    }

    @Test
    void aLaterPublicationOfTheSameDocumentReplacesTheEarlierOne() throws Exception {
        String marker = marker();
        publish("feedback-it-" + marker, "The first words " + marker);
        waitFor(marker, hits -> hits.size() == 1);
        publish("feedback-it-" + marker, "The words changed, I felt safe " + marker);
        List<PracticeLearningSearch.Hit> hits = waitFor(marker,
                found -> found.size() == 1 && found.get(0).entry().getRedactedText().contains("changed"));
        assertTrue(hits.get(0).entry().getThemes().contains("Feeling safe"), "re-tagged: " + hits.get(0).entry().getThemes());
        withdraw("feedback-it-" + marker);
        waitFor(marker, List::isEmpty);
    }

    @Test
    void wordsFromFewerThanFivePeopleAreWithheldAndTheirCountsReadFewerThanFive() throws Exception {
        String marker = marker();
        for (int person = 1; person <= 3; person++) {
            publish("feedback-it-" + marker + "-" + person, "I was not told what was happening " + marker,
                    "enquiry-it-" + marker + "-" + person);
        }
        publish("feedback-it-" + marker + "-3b", "Still nobody told me " + marker, "enquiry-it-" + marker + "-3");
        PracticeLearningSearch.Results three = waitForTotal(marker, 4);
        assertTrue(three.withheld(), "four comments from three people");
        assertTrue(three.hits().isEmpty(), "no words are given");
        assertEquals("fewer than 5", three.facets().get(Facet.SOURCE).get(0).shown());

        publish("feedback-it-" + marker + "-4", "Nobody told me anything " + marker, "enquiry-it-" + marker + "-4");
        publish("feedback-it-" + marker + "-5", "They told me nothing " + marker, "enquiry-it-" + marker + "-5");
        PracticeLearningSearch.Results five = waitForTotal(marker, 6);
        assertFalse(five.withheld(), "five people");
        assertEquals(6, five.hits().size());
        assertEquals("6", five.facets().get(Facet.SOURCE).get(0).shown());

        PracticeLearningSearch.Results narrowed = SignedIn.as(LEAD, () -> search.search(new SearchRequest(marker,
                Map.of(Facet.ANSWER, Set.of("NO")), null, 1)));
        assertEquals(6, narrowed.total(), "every test comment answered no");
        assertTrue(narrowed.emerging().stream().anyMatch(t -> t.words().equals("told")),
                "told is in five of the six and rare elsewhere: " + narrowed.emerging());
        assertTrue(three.emerging().isEmpty(), "no terms from a withheld result");
        for (String suffix : List.of("1", "2", "3", "3b", "4", "5")) {
            withdraw("feedback-it-" + marker + "-" + suffix);
        }
        waitFor(marker, List::isEmpty);
    }

    @Test
    void aNewThemeTagsTheWordsAlreadyIndexedAndRemovingItUntagsThem() throws Exception {
        String marker = marker();
        publish("feedback-it-" + marker, "The " + marker + " was broken again " + marker);
        waitFor(marker, hits -> hits.size() == 1);
        String name = "Broken things " + marker;
        long id = SignedIn.as(LEAD, () -> themes.add(name, marker + ", broken window")).getId();
        waitFor(marker, hits -> hits.size() == 1 && hits.get(0).entry().getThemes().contains(name));
        waitForRebuild();
        SignedIn.as(LEAD, () -> {
            themes.remove(id);
            return null;
        });
        waitFor(marker, hits -> hits.size() == 1 && !hits.get(0).entry().getThemes().contains(name));
        waitForRebuild();
        withdraw("feedback-it-" + marker);
        waitFor(marker, List::isEmpty);
    }

    @Test
    void aRebuildIndexesWhatTheIndexMissedAndRemovesWhatTheTableNoLongerHolds() throws Exception {
        String missed = marker();
        String orphan = marker();
        publish("feedback-it-" + orphan, "Words that stay in the index after their row went " + orphan);
        waitFor(orphan, hits -> hits.size() == 1);
        try (Connection c = dataSource.getConnection()) {
            // As after a server stopped between the database's commit and the index's write.
            try (PreparedStatement s = c.prepareStatement("INSERT INTO search_entry (source, document_id, kind, "
                    + "redacted_text, indexed_at) VALUES ('survey', ?, 'feedback', ?, CURRENT_TIMESTAMP)")) {
                s.setString(1, "feedback-it-" + missed);
                s.setString(2, "Saved but never indexed " + missed);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM search_entry WHERE document_id = ?")) {
                s.setString(1, "feedback-it-" + orphan);
                s.executeUpdate();
            }
        }
        assertTrue(find(missed).hits().isEmpty(), "not in the index yet");
        SignedIn.as(LEAD, rebuild::requested);
        assertTrue(find("").total() > 0, "a search while the index is rebuilding still answers");
        waitFor(missed, hits -> hits.size() == 1);
        waitFor(orphan, List::isEmpty);
        SearchIndexRebuild.Progress done = waitForRebuild();
        assertEquals("COMPLETED", done.status());
        assertEquals(done.total(), done.done(), "every entry written again");
        assertEquals(100, done.percent());
        withdraw("feedback-it-" + missed);
        waitFor(missed, List::isEmpty);
    }

    @Test
    void onlyLeadsAndAdministratorsMaySearchChangeThemesOrRebuildWhateverCallsTheServices() throws Exception {
        SearchRequest anything = new SearchRequest("police", Map.of(), null, 1);
        assertThrows(EJBAccessException.class, () -> search.search(anything), "no one signed in");
        assertThrows(EJBAccessException.class, () -> SignedIn.as(PRACTITIONER, () -> search.search(anything)));
        assertThrows(EJBAccessException.class, () -> SignedIn.as(PRACTITIONER, () -> search.export(anything, 10)));
        assertThrows(EJBAccessException.class, () -> SignedIn.as(PRACTITIONER, () -> themes.add("Any", "words")));
        assertThrows(EJBAccessException.class, () -> SignedIn.as(PRACTITIONER, () -> entries.open(1)));
        assertThrows(EJBAccessException.class, () -> SignedIn.as(PRACTITIONER, rebuild::requested));
        assertFalse(themes.current().isEmpty(), "the indexing, which runs as no one, reads the themes");
        assertTrue(SignedIn.as(ADMIN, () -> search.search(anything)).total() >= 0);
        Refusal refused = assertThrows(Refusal.class,
                () -> SignedIn.as(LEAD, () -> themes.add("Common words " + marker(), "the and of")));
        assertTrue(refused.getMessage().contains("too common"), "the lead's message, not a wrapped error: " + refused);
    }

    @Test
    void namesThePortalHoldsAreRedactedThoughNoListOfCommonNamesHasThem() throws Exception {
        String marker = marker();
        String surname = "Quarrington" + marker.substring(marker.length() - 3);
        accounts.create("it." + marker, "Zephyrine " + surname, marker + "@example.org",
                Set.of(PortalRole.PRACTITIONER), "a long enough password 1".toCharArray());
        publish("feedback-it-" + marker, "Zephyrine was kind, and " + surname + " rang back " + marker);
        String text = waitFor(marker, hits -> hits.size() == 1).get(0).entry().getRedactedText();
        assertFalse(text.contains("Zephyrine") || text.contains(surname), text);
        assertTrue(text.contains("[NAME]"), text);
        withdraw("feedback-it-" + marker);
        waitFor(marker, List::isEmpty);
    }

    @Test
    void anEntryThatCannotBeAppliedIsSetAsideOnceOthersGoInAndTheEntriesAfterItGoOn() throws Exception {
        String marker = marker();
        // Nothing else waiting (the demo data's feedback goes through the outbox at start-up): alone means alone.
        await("the outbox to drain").atMost(Duration.ofSeconds(30)).until(() -> outbox.backlog().waiting() == 0);
        transaction.begin();
        // A topic longer than its column: this entry can never be applied.
        publisher.publish(PracticeLearningText.of(new DocumentRef("reference-group", "suggestion-it-" + marker), "suggestion",
                "Cannot be applied " + marker, "", LocalDate.of(2025, 11, 3)).with(Attribute.TOPIC, "t".repeat(300)));
        transaction.commit();
        // Alone, its failure cannot be told from the index's own: it is kept waiting, not set aside, round after round.
        await("tried again every round while nothing else goes in").during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5)).until(() -> !isSetAside("suggestion-it-" + marker));

        transaction.begin();
        publisher.publish(PracticeLearningText.of(new DocumentRef("reference-group", "comment-it-" + marker),
                "suggestion-comment", "Applied all the same " + marker, "", LocalDate.of(2025, 11, 3)));
        transaction.commit();
        List<PracticeLearningSearch.Hit> hits = waitFor(marker, found -> found.size() == 1);
        assertEquals("comment-it-" + marker, hits.get(0).entry().getDocumentId());
        // Set aside at the end of the round in which the other went in, so a moment after it is searchable.
        await("set aside once another went in, kept for an administrator").atMost(Duration.ofSeconds(10))
                .until(() -> isSetAside("suggestion-it-" + marker));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM core_search_outbox WHERE document_id = ?")) {
            s.setString(1, "suggestion-it-" + marker);
            s.executeUpdate();
        }
        transaction.begin();
        publisher.withdraw(new DocumentRef("reference-group", "comment-it-" + marker));
        transaction.commit();
        waitFor(marker, List::isEmpty);
    }

    private boolean isSetAside(String documentId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT set_aside_at FROM core_search_outbox WHERE document_id = ?")) {
            s.setString(1, documentId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "still in the outbox");
                return r.getTimestamp(1) != null;
            }
        }
    }

    @Test
    void anOutboxEntryLeftByAServerThatStoppedIsAppliedOnTheNextRound() throws Exception {
        String marker = marker();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO core_search_outbox (contract_version, source, "
                     + "document_id, operation, kind, author, body, facets, written_on, queued_at) VALUES (2, 'survey', ?, "
                     + "'PUBLISH', 'feedback', '', ?, 'ANSWER=NO', CURRENT_DATE, CURRENT_TIMESTAMP)")) {
            // Committed with the module's data just before the server died, never applied.
            s.setString(1, "feedback-it-" + marker);
            s.setString(2, "Written just before the server stopped " + marker);
            s.executeUpdate();
        }
        assertEquals("NO", waitFor(marker, hits -> hits.size() == 1).get(0).entry().getAnswer());
        withdraw("feedback-it-" + marker);
        waitFor(marker, List::isEmpty);
    }

    @Test
    void anEntryQueuedByThePortalBeforeTheTypedContractIsStillApplied() throws Exception {
        String marker = marker();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO core_search_outbox (source, document_id, operation, "
                     + "body, facets, written_on, queued_at) VALUES ('survey', ?, 'PUBLISH', ?, ?, "
                     + "CURRENT_DATE, CURRENT_TIMESTAMP)")) {
            s.setString(1, "feedback-it-" + marker);
            s.setString(2, "Queued before the upgrade " + marker);
            s.setString(3, "answer=PARTLY\nkind=feedback\nquestion=outcome\nteam=1");
            s.executeUpdate();
        }
        SearchEntry entry = waitFor(marker, hits -> hits.size() == 1).get(0).entry();
        assertEquals("outcome", entry.getKind(), "version 1's kind of an outcome's words");
        assertEquals("PARTLY", entry.getAnswer());
        assertEquals("1", entry.getTeam());
        withdraw("feedback-it-" + marker);
        waitFor(marker, List::isEmpty);
    }

    private SearchIndexRebuild.Progress waitForRebuild() {
        return await("the rebuild to finish").atMost(Duration.ofSeconds(30))
                .until(rebuild::latest, progress -> progress != null && !progress.running());
    }

    private PracticeLearningSearch.Results waitForTotal(String marker, long total) {
        return await("the index to hold " + total + " results for " + marker).atMost(Duration.ofSeconds(15))
                .until(() -> find(marker), results -> results.total() == total);
    }

    private PracticeLearningSearch.Results find(String words) throws Exception {
        return SignedIn.as(LEAD, () -> search.search(new SearchRequest(words, Map.of(), null, 1)));
    }

    private void assertNoSeededIdentifierInTheIndex() throws Exception {
        List<String> everything = new ArrayList<>();
        try (IndexReader reader = Search.mapping(searchUnit).scope(SearchEntry.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo field : leaf.reader().getFieldInfos()) {
                    Terms terms = leaf.reader().terms(field.name);
                    if (terms != null) {
                        TermsEnum each = terms.iterator();
                        for (BytesRef term = each.next(); term != null; term = each.next()) {
                            everything.add(field.name + " term " + term.utf8ToString());
                        }
                    }
                }
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    for (IndexableField field : stored.document(doc).getFields()) {
                        everything.add(field.name() + " stored " + field.stringValue());
                    }
                }
            }
        }
        assertFalse(everything.isEmpty(), "the index was read");
        for (String seeded : SEEDED) {
            String lower = seeded.toLowerCase(Locale.ROOT);
            List<String> found = everything.stream().filter(v -> v.toLowerCase(Locale.ROOT).contains(lower)).toList();
            assertTrue(found.isEmpty(), seeded + " reached the index: " + found);
        }
    }

    private void publish(String documentId, String words) throws Exception {
        publish(documentId, words, null);
    }

    private void publish(String documentId, String words, String person) throws Exception {
        PracticeLearningText text = PracticeLearningText.of(new DocumentRef("survey", documentId), "feedback", words,
                        person == null ? "" : person, LocalDate.of(2025, 11, 3))
                .with(Attribute.QUESTION, "LISTENED_TO").with(Attribute.ANSWER, "NO").with(Attribute.WHO_ANSWERED, "PERSON")
                .with(Attribute.TEAM, "1").with(Attribute.PERIOD, "2025-26 Q3");
        transaction.begin();
        publisher.publish(text);
        transaction.commit();
    }

    private void withdraw(String documentId) throws Exception {
        transaction.begin();
        publisher.withdraw(new DocumentRef("survey", documentId));
        transaction.commit();
    }

    private List<PracticeLearningSearch.Hit> waitFor(String marker, Predicate<List<PracticeLearningSearch.Hit>> done) {
        return await("the index to catch up with " + marker).atMost(Duration.ofSeconds(15))
                .until(() -> find(marker).hits(), done::test);
    }

    private static String marker() {
        // Letters only, so that no rule takes it for a number or a reference.
        StringBuilder letters = new StringBuilder("kestrel");
        UUID.randomUUID().toString().replace("-", "").chars().limit(8)
                .forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }
}
