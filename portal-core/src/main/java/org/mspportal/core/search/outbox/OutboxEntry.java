package org.mspportal.core.search.outbox;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mspportal.core.search.DocumentRef;
import org.mspportal.core.search.PracticeLearningText;

/**
 * A publication or withdrawal waiting for the search module. It stays inside the core: the consumer is
 * handed {@link org.mspportal.core.search.spi.Publication}s, never this entity, since it belongs to the core's
 * persistence unit.
 */
@Entity
@Table(name = "core_search_outbox")
@NamedQuery(name = "OutboxEntry.waiting",
        query = "SELECT e FROM OutboxEntry e WHERE e.setAsideAt IS NULL ORDER BY e.id")
public class OutboxEntry {

    /** What the search module is to do with the text. */
    public enum Operation { PUBLISH, WITHDRAW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_version", nullable = false)
    private int contractVersion;

    @Column(nullable = false, length = DocumentRef.MAX_SOURCE)
    private String source;

    @Column(name = "document_id", nullable = false, length = DocumentRef.MAX_ID)
    private String documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Operation operation;

    @Column(length = 40)
    private String kind;

    @Column(length = 100)
    private String author;

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

    protected OutboxEntry() {
    }

    public static OutboxEntry publish(PracticeLearningText text, Instant at) {
        OutboxEntry entry = new OutboxEntry();
        entry.contractVersion = PracticeLearningText.VERSION;
        entry.source = text.document().source();
        entry.documentId = text.document().id();
        entry.operation = Operation.PUBLISH;
        entry.kind = text.kind();
        entry.author = text.author();
        entry.body = text.text();
        entry.facets = OutboxCodec.encode(text.attributes());
        entry.writtenOn = text.writtenOn();
        entry.queuedAt = at;
        return entry;
    }

    public static OutboxEntry withdraw(DocumentRef document, Instant at) {
        OutboxEntry entry = new OutboxEntry();
        entry.contractVersion = PracticeLearningText.VERSION;
        entry.source = document.source();
        entry.documentId = document.id();
        entry.operation = Operation.WITHDRAW;
        entry.queuedAt = at;
        return entry;
    }

    public DocumentRef document() {
        return new DocumentRef(source, documentId);
    }

    /** The text as published, read in the contract version it was written in. */
    public PracticeLearningText text() {
        return contractVersion < 2
                ? OutboxCodec.fromVersion1(document(), body, facets, writtenOn)
                : new PracticeLearningText(document(), kind, body == null ? "" : body, author, writtenOn,
                        OutboxCodec.decode(facets));
    }

    public Long getId() {
        return id;
    }

    public Operation getOperation() {
        return operation;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    /** Could not be applied even on its own: kept for an administrator to look into, no longer in the way. */
    public void setAside(Instant at) {
        setAsideAt = at;
    }
}
