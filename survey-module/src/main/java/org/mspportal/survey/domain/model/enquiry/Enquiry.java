package org.mspportal.survey.domain.model.enquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mspportal.core.rule.Refusal;

/**
 * A safeguarding enquiry as Making Safeguarding Personal follows it: the council's case reference
 * (never the person's name), its team and dates, the SAC categories, and the person's desired
 * outcomes from first contact to closure. The person's words are only ever added to, never overwritten.
 */
@Entity
@Table(name = "survey_enquiry")
@NamedQuery(name = "Enquiry.findByCaseReference",
        query = "SELECT e FROM Enquiry e WHERE e.caseReference = :caseReference")
public class Enquiry {

    public static final int MAX_OUTCOMES = 3;
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_reference", nullable = false, unique = true, length = CaseReference.MAX_LENGTH)
    private String caseReference;

    /** The core's team id: teams are the core's, reached through its service, never its table. */
    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "concern_received_on", nullable = false)
    private LocalDate concernReceivedOn;

    @Column(name = "enquiry_started_on", nullable = false)
    private LocalDate enquiryStartedOn;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EnquiryStage stage = EnquiryStage.CONCERN;

    @Embedded
    private SacProfile profile;

    @ElementCollection
    @CollectionTable(name = "survey_enquiry_risk_type", joinColumns = @JoinColumn(name = "enquiry_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "type_of_risk", nullable = false, length = 40)
    private Set<TypeOfRisk> typesOfRisk = EnumSet.noneOf(TypeOfRisk.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "location_of_risk", length = 40)
    private LocationOfRisk locationOfRisk;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_of_risk", length = 40)
    private SourceOfRisk sourceOfRisk;

    @Enumerated(EnumType.STRING)
    @Column(name = "mental_capacity", length = 30)
    private MentalCapacity mentalCapacity;

    /** SG3a: of those who lacked capacity, whether an advocate, family member or friend supported them. */
    @Column(name = "capacity_support")
    private Boolean supportedByAdvocateFamilyOrFriend;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_assessment_action", length = 40)
    private RiskAssessmentAndAction riskAssessmentAndAction;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_outcome", length = 20)
    private RiskOutcome riskOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "msp_asked", length = 40)
    private MspAsked mspAsked;

    @Column(name = "not_wanted", length = MAX_TEXT)
    private String notWanted;

    @Column(name = "people_involved", length = MAX_TEXT)
    private String peopleInvolved;

    @Column(name = "representative_needed")
    private Boolean representativeNeeded;

    @Column(name = "representative_role", length = 200)
    private String representativeRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "feeling_safe_before", length = 40)
    private FeelingSafe feelingSafeBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "feeling_safe_after", length = 40)
    private FeelingSafe feelingSafeAfter;

    @OneToMany(mappedBy = "enquiry", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<DesiredOutcome> desiredOutcomes = new ArrayList<>();

    @OneToMany(mappedBy = "enquiry", cascade = CascadeType.ALL)
    @OrderBy("heldOn, id")
    private List<StageConversation> conversations = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Enquiry() {
    }

    /**
     * Opens an enquiry record.
     *
     * @throws Refusal with a plain-English reason if the reference, dates or categories are not acceptable
     */
    public Enquiry(String caseReference, Long teamId, LocalDate concernReceivedOn, LocalDate enquiryStartedOn,
                   SacProfile profile, Set<TypeOfRisk> typesOfRisk, String createdBy, Instant createdAt) {
        this.caseReference = CaseReference.validate(caseReference);
        if (teamId == null) {
            throw new Refusal("Choose the team.");
        }
        if (concernReceivedOn == null || enquiryStartedOn == null) {
            throw new Refusal("Enter the dates the concern was received and the enquiry started.");
        }
        if (enquiryStartedOn.isBefore(concernReceivedOn)) {
            throw new Refusal("The enquiry cannot start before the concern was received.");
        }
        if (profile == null) {
            throw new Refusal("Choose the age band, gender, ethnicity and primary support reason.");
        }
        if (typesOfRisk == null || typesOfRisk.isEmpty()) {
            throw new Refusal("Choose at least one type of risk.");
        }
        this.teamId = teamId;
        this.concernReceivedOn = concernReceivedOn;
        this.enquiryStartedOn = enquiryStartedOn;
        this.profile = profile;
        this.typesOfRisk = EnumSet.copyOf(typesOfRisk);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** What was asked at first contact, and what the person does not want and whom they want involved. */
    public void recordFirstContact(MspAsked asked, String notWanted, String peopleInvolved,
                                   Boolean representativeNeeded, String representativeRole, FeelingSafe feelingSafe) {
        requireOpen();
        if (asked == null) {
            throw new Refusal("Say whether the person (or their representative) was asked what outcomes they wanted.");
        }
        if (Boolean.TRUE.equals(representativeNeeded) && (representativeRole == null || representativeRole.isBlank())) {
            throw new Refusal("Say what the advocate or representative's role is.");
        }
        this.mspAsked = asked;
        this.notWanted = limit(notWanted, "What the person does not want to happen");
        this.peopleInvolved = limit(peopleInvolved, "Who the person wants involved");
        this.representativeNeeded = representativeNeeded;
        this.representativeRole = representativeRole == null || representativeRole.isBlank() ? null : representativeRole.strip();
        this.feelingSafeBefore = feelingSafe;
    }

    public void recordMentalCapacity(MentalCapacity capacity, Boolean supportedByAdvocateFamilyOrFriend) {
        this.mentalCapacity = capacity;
        this.supportedByAdvocateFamilyOrFriend =
                capacity == MentalCapacity.LACKED_CAPACITY ? supportedByAdvocateFamilyOrFriend : null;
    }

    /** Adds one of the person's (up to three) desired outcomes, in their own words. */
    public DesiredOutcome addDesiredOutcome(String ownWords, OutcomeStatement statement, String recordedBy, Instant at) {
        requireOpen();
        if (mspAsked != MspAsked.ASKED_OUTCOMES_EXPRESSED) {
            throw new Refusal("Record that the person was asked and expressed outcomes first.");
        }
        if (desiredOutcomes.size() >= MAX_OUTCOMES) {
            throw new Refusal("Record the person's top " + MAX_OUTCOMES
                    + " outcomes. To change one, record a new version of it.");
        }
        DesiredOutcome outcome = new DesiredOutcome(this, desiredOutcomes.size() + 1);
        outcome.record(ownWords, statement, stage, null, recordedBy, at);
        desiredOutcomes.add(outcome);
        return outcome;
    }

    /** Records a change to a desired outcome at the current stage, as a new version with its reason. */
    public void reviseDesiredOutcome(int position, String ownWords, OutcomeStatement statement, String reason,
                                     String recordedBy, Instant at) {
        requireOpen();
        outcomeAt(position).record(ownWords, statement, stage, reason, recordedBy, at);
    }

    /** The conversation at a stage; the enquiry moves on to that stage. */
    public void recordConversation(EnquiryStage atStage, LocalDate heldOn, String prioritiesNow, String recordedBy,
                                   Instant at) {
        requireOpen();
        if (atStage == null || atStage == EnquiryStage.CONCERN || atStage == EnquiryStage.CLOSURE) {
            throw new Refusal("Choose the stage: strategy planning, case conference or review.");
        }
        if (heldOn == null || heldOn.isBefore(concernReceivedOn)) {
            throw new Refusal("Enter the date of the conversation (not before the concern was received).");
        }
        if (prioritiesNow == null || prioritiesNow.isBlank()) {
            throw new Refusal("Record what matters to the person now.");
        }
        if (prioritiesNow.length() > StageConversation.MAX_PRIORITIES) {
            throw new Refusal("Keep this to " + StageConversation.MAX_PRIORITIES + " characters or fewer.");
        }
        conversations.add(new StageConversation(this, atStage, heldOn, prioritiesNow.strip(), recordedBy, at));
        if (atStage.ordinal() > stage.ordinal()) {
            stage = atStage;
        }
    }

    public void assessOutcome(int position, OutcomeAchievement achieved, String reason, String couldHaveDoneBetter,
                              Instant at) {
        outcomeAt(position).assess(achieved, reason, couldHaveDoneBetter, at);
    }

    /**
     * Concludes the enquiry with its SG2 facts. Every desired outcome must have been assessed first.
     */
    public void conclude(LocalDate on, RiskAssessmentAndAction riskAssessment, RiskOutcome outcome,
                         LocationOfRisk location, SourceOfRisk source, FeelingSafe feelingSafeNow) {
        requireOpen();
        if (on == null || on.isBefore(enquiryStartedOn)) {
            throw new Refusal("Enter the date the enquiry concluded (not before it started).");
        }
        if (riskAssessment == null || location == null || source == null) {
            throw new Refusal("Choose the risk assessment and action, the location and the source of risk.");
        }
        if (riskAssessment.name().startsWith("RISK_IDENTIFIED") || riskAssessment.name().startsWith("INCONCLUSIVE")) {
            if (outcome == null) {
                throw new Refusal("Choose whether the risk remained, was reduced or was removed.");
            }
        }
        if (desiredOutcomes.stream().anyMatch(o -> o.getAchievement() == null)) {
            throw new Refusal("Say whether each of the person's outcomes was achieved before concluding.");
        }
        this.concludedOn = on;
        this.riskAssessmentAndAction = riskAssessment;
        this.riskOutcome = outcome;
        this.locationOfRisk = location;
        this.sourceOfRisk = source;
        this.feelingSafeAfter = feelingSafeNow;
        this.stage = EnquiryStage.CLOSURE;
    }

    /** The SG4a "achieved" value, derived by {@link Sg4aAchievementRule}; empty if it has none (yet). */
    public Optional<OutcomeAchievement> sg4aAchieved() {
        return Sg4aAchievementRule.derive(mspAsked, desiredOutcomes.stream().map(DesiredOutcome::getAchievement).toList());
    }

    public boolean isConcluded() {
        return concludedOn != null;
    }

    private DesiredOutcome outcomeAt(int position) {
        return desiredOutcomes.stream().filter(o -> o.getPosition() == position).findFirst()
                .orElseThrow(() -> new Refusal("There is no outcome " + position + " to change."));
    }

    private void requireOpen() {
        if (isConcluded()) {
            throw new Refusal("This enquiry has concluded, so it can no longer be changed.");
        }
    }

    private static String limit(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw new Refusal(what + ": keep it to " + MAX_TEXT + " characters or fewer.");
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public Long getTeamId() {
        return teamId;
    }

    public LocalDate getConcernReceivedOn() {
        return concernReceivedOn;
    }

    public LocalDate getEnquiryStartedOn() {
        return enquiryStartedOn;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public EnquiryStage getStage() {
        return stage;
    }

    public SacProfile getProfile() {
        return profile;
    }

    public Set<TypeOfRisk> getTypesOfRisk() {
        return Set.copyOf(typesOfRisk);
    }

    public LocationOfRisk getLocationOfRisk() {
        return locationOfRisk;
    }

    public SourceOfRisk getSourceOfRisk() {
        return sourceOfRisk;
    }

    public MentalCapacity getMentalCapacity() {
        return mentalCapacity;
    }

    public Boolean getSupportedByAdvocateFamilyOrFriend() {
        return supportedByAdvocateFamilyOrFriend;
    }

    public RiskAssessmentAndAction getRiskAssessmentAndAction() {
        return riskAssessmentAndAction;
    }

    public RiskOutcome getRiskOutcome() {
        return riskOutcome;
    }

    public MspAsked getMspAsked() {
        return mspAsked;
    }

    public String getNotWanted() {
        return notWanted;
    }

    public String getPeopleInvolved() {
        return peopleInvolved;
    }

    public Boolean getRepresentativeNeeded() {
        return representativeNeeded;
    }

    public String getRepresentativeRole() {
        return representativeRole;
    }

    public FeelingSafe getFeelingSafeBefore() {
        return feelingSafeBefore;
    }

    public FeelingSafe getFeelingSafeAfter() {
        return feelingSafeAfter;
    }

    public List<DesiredOutcome> getDesiredOutcomes() {
        return List.copyOf(desiredOutcomes);
    }

    public List<StageConversation> getConversations() {
        return List.copyOf(conversations);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
