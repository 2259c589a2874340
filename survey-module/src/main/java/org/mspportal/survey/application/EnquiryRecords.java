package org.mspportal.survey.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.mspportal.core.api.ApiClient;
import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.paging.Page;
import org.mspportal.core.paging.PageRequest;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.PortalRole;
import org.mspportal.core.team.Team;
import org.mspportal.core.team.Teams;
import org.mspportal.survey.domain.model.enquiry.CaseReference;
import org.mspportal.survey.domain.model.enquiry.Enquiries;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.enquiry.OutcomeStatement;
import org.mspportal.survey.domain.model.enquiry.SacProfile;
import org.mspportal.survey.domain.model.feedback.FeedbackResponse;
import org.mspportal.survey.domain.model.invitation.FeedbackInvitation;

/**
 * Practitioners' use cases for enquiry records. Every view of an enquiry or a list of them is audited:
 * case references with SAC categories are special category personal data.
 */
@Stateless
@RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN})
public class EnquiryRecords {

    static final int PAGE_SIZE = 25;

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    Enquiries enquiries;

    @Inject
    Teams teams;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Opens an enquiry with its first contact and the person's desired outcomes.
     *
     * @return the normalised case reference
     * @throws Refusal with a message for the practitioner if anything is not acceptable
     */
    @RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN, ApiClient.ROLE})
    public String open(OpenEnquiry command) {
        String by = session.getCallerPrincipal().getName();
        if (command.teamId() != null && teams.find(command.teamId()).isEmpty()) {
            throw new Refusal("Choose one of the council's teams.");
        }
        Enquiry enquiry = new Enquiry(command.caseReference(), command.teamId(), command.concernReceivedOn(),
                command.enquiryStartedOn(), profileOf(command), command.typesOfRisk(), by, clock.instant());
        if (command.asked() != null) {
            enquiry.recordFirstContact(command.asked(), command.notWanted(), command.peopleInvolved(),
                    command.representativeNeeded(), command.representativeRole(), command.feelingSafe());
        }
        List<OpenEnquiry.NewDesiredOutcome> outcomes = command.desiredOutcomes() == null ? List.of()
                : command.desiredOutcomes().stream().filter(o -> o.ownWords() != null && !o.ownWords().isBlank()).toList();
        for (OpenEnquiry.NewDesiredOutcome outcome : outcomes) {
            enquiry.addDesiredOutcome(outcome.ownWords(), statement(outcome.statementId()), by, clock.instant());
        }
        enquiries.add(enquiry);
        audit.record("OPENED_ENQUIRY", enquiry.getCaseReference(), null);
        return enquiry.getCaseReference();
    }

    /** Records a stage conversation and any changes to the person's outcomes, as new versions. */
    @RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN, ApiClient.ROLE})
    public void recordStage(RecordStage command) {
        String by = session.getCallerPrincipal().getName();
        Enquiry enquiry = existing(command.caseReference());
        enquiry.recordConversation(command.stage(), command.heldOn(), command.prioritiesNow(), by, clock.instant());
        for (RecordStage.OutcomeChange change : command.changes()) {
            enquiry.reviseDesiredOutcome(change.position(), change.ownWords(), statement(change.statementId()),
                    change.reason(), by, clock.instant());
        }
        audit.record("RECORDED_STAGE", enquiry.getCaseReference(), command.stage().name());
    }

    /** Assesses each outcome and concludes the enquiry. */
    @RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN, ApiClient.ROLE})
    public void conclude(ConcludeEnquiry command) {
        Enquiry enquiry = existing(command.caseReference());
        for (ConcludeEnquiry.Assessment assessment : command.assessments()) {
            enquiry.assessOutcome(assessment.position(), assessment.achievement(), assessment.reason(),
                    assessment.couldHaveDoneBetter(), clock.instant());
        }
        if (command.mentalCapacity() != null) {
            enquiry.recordMentalCapacity(command.mentalCapacity(), command.supportedByAdvocateFamilyOrFriend());
        }
        enquiry.conclude(command.concludedOn(), command.riskAssessment(), command.riskOutcome(), command.location(),
                command.source(), command.feelingSafeNow());
        audit.record("CONCLUDED_ENQUIRY", enquiry.getCaseReference(), null);
    }

    /** One page of enquiries matching the filter, newest first. */
    public Page<EnquirySummary> list(EnquiryFilter filter, int pageNumber) {
        PageRequest page = PageRequest.of(pageNumber, PAGE_SIZE);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Enquiry> enquiry = query.from(Enquiry.class);
        // The number of outcomes comes with each row, rather than loading every enquiry's outcomes.
        query.multiselect(enquiry, cb.size(enquiry.<List<?>>get("desiredOutcomes")))
                .where(matching(cb, query, enquiry, filter, clock.instant()))
                .orderBy(cb.desc(enquiry.get("enquiryStartedOn")), cb.desc(enquiry.get("id")));
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Enquiry> counted = count.from(Enquiry.class);
        count.select(cb.count(counted)).where(matching(cb, count, counted, filter, clock.instant()));

        Map<Long, String> teamNames = teams.all().stream().collect(Collectors.toMap(Team::getId, Team::getName));
        List<EnquirySummary> items = em.createQuery(query)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(row -> summary(row.get(0, Enquiry.class), row.get(1, Integer.class), teamNames))
                .toList();
        audit.record("VIEWED_ENQUIRIES", "enquiry list", describe(filter) + ", page " + page.number());
        return Page.of(items, page, em.createQuery(count).getSingleResult());
    }

    private static EnquirySummary summary(Enquiry e, int outcomes, Map<Long, String> teamNames) {
        return new EnquirySummary(e.getCaseReference(), teamNames.getOrDefault(e.getTeamId(), "Unknown team"),
                e.getStage(), e.getEnquiryStartedOn(), e.getConcludedOn(), outcomes);
    }

    private static Predicate feedback(CriteriaBuilder cb, AbstractQuery<?> query, Root<Enquiry> enquiry,
                                      EnquiryFilter.Feedback feedback, Instant now) {
        Subquery<Long> sent = query.subquery(Long.class);
        Root<FeedbackResponse> response = sent.from(FeedbackResponse.class);
        sent.select(response.get("id")).where(cb.equal(response.get("enquiry"), enquiry),
                cb.isNotNull(response.get("submittedAt")));
        Subquery<Long> invited = query.subquery(Long.class);
        Root<FeedbackInvitation> invitation = invited.from(FeedbackInvitation.class);
        invited.select(invitation.get("id")).where(cb.equal(invitation.get("enquiry"), enquiry));
        Subquery<Long> open = query.subquery(Long.class);
        Root<FeedbackInvitation> openInvitation = open.from(FeedbackInvitation.class);
        open.select(openInvitation.get("id")).where(cb.equal(openInvitation.get("enquiry"), enquiry),
                cb.isNull(openInvitation.get("revokedAt")), cb.isNull(openInvitation.get("completedAt")),
                cb.greaterThan(openInvitation.get("validity").<Instant>get("expiresAt"), now));
        return switch (feedback) {
            case COMPLETED -> cb.exists(sent);
            case INVITED -> cb.exists(open);
            case NOT_INVITED -> cb.and(cb.isNotNull(enquiry.get("concludedOn")), cb.not(cb.exists(invited)));
            case OVERDUE -> cb.and(cb.lessThan(enquiry.<LocalDate>get("concludedOn"),
                    LocalDate.ofInstant(now, ZoneOffset.UTC).minusWeeks(8)), cb.not(cb.exists(sent)));
        };
    }

    private static Predicate[] matching(CriteriaBuilder cb, AbstractQuery<?> query, Root<Enquiry> enquiry,
                                        EnquiryFilter filter, Instant now) {
        List<Predicate> where = new java.util.ArrayList<>();
        if (filter.caseReference() != null && !filter.caseReference().isBlank()) {
            String start = CaseReference.normalise(filter.caseReference()).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_");
            where.add(cb.like(enquiry.get("caseReference"), start + "%", '\\'));
        }
        if (filter.teamId() != null) {
            where.add(cb.equal(enquiry.get("teamId"), filter.teamId()));
        }
        if (filter.stage() != null) {
            where.add(cb.equal(enquiry.get("stage"), filter.stage()));
        }
        if (filter.concluded() != null) {
            where.add(filter.concluded() ? cb.isNotNull(enquiry.get("concludedOn")) : cb.isNull(enquiry.get("concludedOn")));
        }
        if (filter.feedback() != null) {
            where.add(feedback(cb, query, enquiry, filter.feedback(), now));
        }
        return where.toArray(Predicate[]::new);
    }

    public Optional<EnquiryDetail> get(String caseReference) {
        Optional<EnquiryDetail> detail = enquiries.findByCaseReference(caseReference)
                .map(e -> EnquiryDetail.of(e, teams.find(e.getTeamId()).orElse(null)));
        detail.ifPresent(d -> audit.record("VIEWED_ENQUIRY", d.caseReference(), null));
        return detail;
    }

    /** Where an enquiry has got to, in codes (for case systems). */
    @RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN, ApiClient.ROLE})
    public Optional<EnquiryStatus> status(String caseReference) {
        Optional<EnquiryStatus> status = enquiries.findByCaseReference(caseReference)
                .map(e -> EnquiryStatus.of(e, teams.find(e.getTeamId()).map(Team::getName).orElse(null)));
        status.ifPresent(s -> audit.record("READ_ENQUIRY_STATUS", s.caseReference(), null));
        return status;
    }

    /** The team called {@code name}, as case systems know teams. */
    @RolesAllowed({PortalRole.Names.PRACTITIONER, PortalRole.Names.SAFEGUARDING_LEAD, PortalRole.Names.ADMIN, ApiClient.ROLE})
    public Optional<Long> teamNamed(String name) {
        return name == null ? Optional.empty() : teams.all().stream()
                .filter(t -> t.getName().equalsIgnoreCase(name.strip())).map(Team::getId).findFirst();
    }

    private Enquiry existing(String caseReference) {
        return enquiries.require(caseReference);
    }

    private OutcomeStatement statement(Long id) {
        return id == null ? null : em.find(OutcomeStatement.class, id);
    }

    private static SacProfile profileOf(OpenEnquiry c) {
        return new SacProfile(c.ageBand(), c.gender(), c.ethnicity(), c.primarySupportReason());
    }

    private static String describe(EnquiryFilter f) {
        return "reference=" + (f.caseReference() == null ? "any" : f.caseReference()) + ", team=" + (f.teamId() == null ? "any" : f.teamId()) + ", stage=" + (f.stage() == null ? "any" : f.stage())
                + ", concluded=" + (f.concluded() == null ? "any" : f.concluded())
                + ", feedback=" + (f.feedback() == null ? "any" : f.feedback());
    }
}
