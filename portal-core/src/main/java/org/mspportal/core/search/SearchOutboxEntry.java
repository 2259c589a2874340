package org.mspportal.core.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A publication or withdrawal waiting for the search module. */
@Entity
@Table(name = "core_search_outbox")
@NamedQuery(name = "SearchOutboxEntry.waiting",
        query = "SELECT e FROM SearchOutboxEntry e WHERE e.setAsideAt IS NULL ORDER BY e.id")
public class SearchOutboxEntry {

    /** What the search module is to do with the document. */
    public enum Operation { PUBLISH, WITHDRAW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String source;

    @Column(name = "document_id", nullable = false, length = 100)
    private String documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Operation operation;

    @Column(length = 10000)
    private String body;

    @Column(length = 2000)
    private String facets;

    @Column(name = "written_on")
    private LocalDate writtenOn;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "set_aside_at")
    private Instant setAsideAt;

    protected SearchOutboxEntry() {
    }

    static SearchOutboxEntry publish(SearchDocument document, Instant at) {
        SearchOutboxEntry entry = new SearchOutboxEntry();
        entry.source = document.source();
        entry.documentId = document.documentId();
        entry.operation = Operation.PUBLISH;
        entry.body = document.text();
        entry.facets = encode(document.facets());
        entry.writtenOn = document.writtenOn();
        entry.queuedAt = at;
        return entry;
    }

    static SearchOutboxEntry withdraw(String source, String documentId, Instant at) {
        SearchOutboxEntry entry = new SearchOutboxEntry();
        entry.source = source;
        entry.documentId = documentId;
        entry.operation = Operation.WITHDRAW;
        entry.queuedAt = at;
        return entry;
    }

    /** Facets as lines of {@code name=value}, each part URL-encoded: readable in the database, no JSON library needed. */
    static String encode(Map<String, String> facets) {
        return new TreeMap<>(facets).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> facets = new TreeMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return facets;
        }
        for (String line : encoded.split("\n")) {
            int eq = line.indexOf('=');
            facets.put(URLDecoder.decode(line.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return facets;
    }

    /** The document as published, for the search module. */
    public SearchDocument document() {
        return new SearchDocument(source, documentId, body == null ? "" : body, decode(facets), writtenOn);
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getDocumentId() {
        return documentId;
    }

    public Operation getOperation() {
        return operation;
    }

    /** Could not be applied even on its own: kept for an administrator to look into, no longer in the way. */
    void setAside(Instant at) {
        setAsideAt = at;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }
}
