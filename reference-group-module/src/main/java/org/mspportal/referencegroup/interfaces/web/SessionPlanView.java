package org.mspportal.referencegroup.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.application.MemberSummary;
import org.mspportal.referencegroup.application.Membership;
import org.mspportal.referencegroup.application.PlannedSession;
import org.mspportal.referencegroup.application.Sessions;
import org.mspportal.referencegroup.application.TopicSummary;
import org.mspportal.referencegroup.application.Topics;
import org.mspportal.referencegroup.domain.model.session.Venue;

/** The facilitator plans a session: purpose, when, where and how accessible, agenda, materials. */
@Named
@ViewScoped
public class SessionPlanView implements Serializable {

    static final int AGENDA_LINES = 5;

    @Inject
    Sessions sessions;

    @Inject
    Topics topics;

    @Inject
    Membership membership;

    private Long group;
    private List<TopicSummary> topicList = List.of();
    private List<String> groupNeeds = List.of();
    private String purpose;
    private LocalDate day;
    private LocalTime startTime;
    private Integer minutes = 120;
    private Venue venue;
    private String venueName;
    private String venueAccessibility;
    private final List<AgendaRow> agenda = new ArrayList<>();
    private String materials;
    private String easyReadSummary;

    public void load() {
        topicList = topics.ofGroup(group == null ? -1 : group);
        groupNeeds = MemberSummary.needsOfGroup(membership.members(group));
        while (agenda.size() < AGENDA_LINES) {
            agenda.add(new AgendaRow());
        }
    }

    public void plan() throws IOException {
        try {
            long id = sessions.plan(group == null ? -1 : group, new PlannedSession(purpose, day, startTime, minutes, venue, venueName,
                    venueAccessibility, agenda.stream().map(r -> new PlannedSession.AgendaLine(r.getTitle(), r.getTopicId())).toList(),
                    materials, easyReadSummary));
            Forms.redirect("session.xhtml?id=" + id, "The session is planned. Every member has been invited.");
        } catch (Refusal e) {
            Forms.refuseBeside(e, "plan", Map.of("startsAt", "day"));
        }
    }

    /** One line of the agenda form. */
    public static class AgendaRow implements Serializable {
        private String title;
        private Long topicId;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Long getTopicId() { return topicId; }
        public void setTopicId(Long topicId) { this.topicId = topicId; }
    }

    public Venue[] getVenues() { return Venue.values(); }
    public List<TopicSummary> getTopics() { return topicList; }
    public List<String> getGroupNeeds() { return groupNeeds; }
    public List<AgendaRow> getAgenda() { return agenda; }
    public Long getGroup() { return group; }
    public void setGroup(Long group) { this.group = group; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public Venue getVenue() { return venue; }
    public void setVenue(Venue venue) { this.venue = venue; }
    public String getVenueName() { return venueName; }
    public void setVenueName(String venueName) { this.venueName = venueName; }
    public String getVenueAccessibility() { return venueAccessibility; }
    public void setVenueAccessibility(String venueAccessibility) { this.venueAccessibility = venueAccessibility; }
    public String getMaterials() { return materials; }
    public void setMaterials(String materials) { this.materials = materials; }
    public String getEasyReadSummary() { return easyReadSummary; }
    public void setEasyReadSummary(String easyReadSummary) { this.easyReadSummary = easyReadSummary; }
}
