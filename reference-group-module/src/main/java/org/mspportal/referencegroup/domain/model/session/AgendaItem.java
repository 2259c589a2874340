package org.mspportal.referencegroup.domain.model.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mspportal.referencegroup.domain.model.group.TextLimits;
import org.mspportal.referencegroup.domain.model.topic.PolicyTopic;

/** One item of a session's agenda, linked to the policy topic it is about, if any. */
@Entity
@Table(name = "rg_agenda_item")
@NamedQuery(name = "AgendaItem.of", query = "SELECT a FROM AgendaItem a LEFT JOIN FETCH a.topic WHERE a.session = :session ORDER BY a.position")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private GroupSession session;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id")
    private PolicyTopic topic;

    protected AgendaItem() {
    }

    public AgendaItem(GroupSession session, int position, String title, PolicyTopic topic) {
        this.session = session;
        this.position = position;
        this.title = TextLimits.require("title", title, 200, "the agenda item");
        this.topic = topic;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public PolicyTopic getTopic() {
        return topic;
    }
}
