package org.mspportal.survey.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.mspportal.core.demo.DemoDataRequested;
import org.mspportal.core.team.Team;
import org.mspportal.survey.domain.model.enquiry.AgeBand;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.enquiry.EnquiryStage;
import org.mspportal.survey.domain.model.enquiry.Ethnicity;
import org.mspportal.survey.domain.model.enquiry.Gender;
import org.mspportal.survey.domain.model.enquiry.LocationOfRisk;
import org.mspportal.survey.domain.model.enquiry.MentalCapacity;
import org.mspportal.survey.domain.model.enquiry.MspAsked;
import org.mspportal.survey.domain.model.enquiry.PrimarySupportReason;
import org.mspportal.survey.domain.model.enquiry.RiskAssessmentAndAction;
import org.mspportal.survey.domain.model.enquiry.RiskOutcome;
import org.mspportal.survey.domain.model.enquiry.SacProfile;
import org.mspportal.survey.domain.model.enquiry.SourceOfRisk;
import org.mspportal.survey.domain.model.enquiry.TypeOfRisk;
import org.mspportal.survey.domain.model.feedback.FeelingSafe;
import org.mspportal.survey.domain.model.outcome.OutcomeAchievement;
import org.mspportal.survey.domain.model.outcome.OutcomeStatement;

/**
 * The fictional council's enquiries in demo mode: 300 of them across teams and stages, with the
 * person's outcomes in their own words, from a fixed seed so every demo shows the same cases.
 */
@ApplicationScoped
public class SurveyDemoData {

    private static final Logger LOG = Logger.getLogger(SurveyDemoData.class.getName());
    static final int ENQUIRIES = 300;
    static final long SEED = 20260401L;
    static final String PREFIX = "DEMO-";
    static final String BY = "demo.practitioner";

    static final List<String> OUTCOMES = List.of(
            "I want the phone calls to stop", "I want to stay in my own home", "I want my money back",
            "I want my son to get help, not to be in trouble", "I want the carers to come on time",
            "I want to feel safe when I go out", "I want to be told what is happening",
            "I want the same carer every week", "I want to see my grandchildren", "I want to choose who I live with",
            "I want the police to talk to him", "I want to manage my own money again");
    static final List<String> PRIORITIES = List.of(
            "Feeling calmer since the visits stopped", "Worried about what happens next with the police",
            "Wants her daughter at the next meeting", "Money is the main worry now",
            "Keen to stay at home with more support", "Would like an advocate for the case conference");

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    void onDemoDataRequested(@Observes DemoDataRequested request) {
        long existing = em.createQuery("SELECT COUNT(e) FROM Enquiry e WHERE e.caseReference LIKE :prefix", Long.class)
                .setParameter("prefix", PREFIX + "%").getSingleResult();
        if (existing > 0 || request.teams().isEmpty()) {
            return;
        }
        List<OutcomeStatement> statements = em.createNamedQuery("OutcomeStatement.findActive", OutcomeStatement.class)
                .getResultList();
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        for (int i = 1; i <= ENQUIRIES; i++) {
            em.persist(enquiry(i, random, request.teams(), statements, today));
            if (i % 50 == 0) {
                em.flush();
                em.clear();
            }
        }
        LOG.info(() -> "Demo data: " + ENQUIRIES + " enquiries.");
    }

    private Enquiry enquiry(int n, Random random, List<Team> teams, List<OutcomeStatement> statements, LocalDate today) {
        LocalDate received = today.minusDays(20 + random.nextInt(540));
        LocalDate started = received.plusDays(random.nextInt(5));
        Instant at = clock.instant();
        Set<TypeOfRisk> risks = EnumSet.of(pick(random, TypeOfRisk.values()));
        if (random.nextInt(3) == 0) {
            risks.add(pick(random, TypeOfRisk.values()));
        }
        Enquiry enquiry = new Enquiry(String.format("%s%d-%05d", PREFIX, started.getYear(), n),
                teams.get(random.nextInt(teams.size())).getId(), received, started,
                new SacProfile(pick(random, AgeBand.values()), pick(random, Gender.values()),
                        weighted(random, Ethnicity.values()), pick(random, PrimarySupportReason.values())),
                risks, BY, at);
        MspAsked asked = random.nextInt(10) < 7 ? MspAsked.ASKED_OUTCOMES_EXPRESSED : pick(random, MspAsked.values());
        enquiry.recordFirstContact(asked, random.nextBoolean() ? "I don't want to move into a care home" : null,
                random.nextBoolean() ? "My daughter" : null, random.nextInt(4) == 0,
                "Independent advocate", pick(random, FeelingSafe.values()));
        int outcomes = asked == MspAsked.ASKED_OUTCOMES_EXPRESSED ? 1 + random.nextInt(3) : 0;
        for (int o = 0; o < outcomes; o++) {
            enquiry.addDesiredOutcome(OUTCOMES.get(random.nextInt(OUTCOMES.size())),
                    random.nextBoolean() ? statements.get(random.nextInt(statements.size())) : null, BY, at);
        }
        int progress = random.nextInt(10);
        if (progress >= 3) {
            enquiry.recordConversation(EnquiryStage.STRATEGY_PLANNING, started.plusDays(3),
                    PRIORITIES.get(random.nextInt(PRIORITIES.size())), BY, at);
        }
        if (progress >= 5) {
            enquiry.recordConversation(EnquiryStage.CASE_CONFERENCE, started.plusDays(10),
                    PRIORITIES.get(random.nextInt(PRIORITIES.size())), BY, at);
        }
        if (progress >= 6 && started.plusDays(30).isBefore(today)) {
            for (int o = 1; o <= outcomes; o++) {
                OutcomeAchievement achieved = pick(random, OutcomeAchievement.values());
                enquiry.assessOutcome(o, achieved, "Discussed with the person at closure",
                        achieved == OutcomeAchievement.FULLY ? null : "Explain the steps sooner", at);
            }
            RiskAssessmentAndAction assessment = pick(random, RiskAssessmentAndAction.values());
            enquiry.recordMentalCapacity(pick(random, MentalCapacity.values()), random.nextBoolean());
            enquiry.conclude(started.plusDays(14 + random.nextInt(16)), assessment,
                    assessment.name().startsWith("NO_RISK") || assessment.name().startsWith("CEASED")
                            ? null : pick(random, RiskOutcome.values()),
                    pick(random, LocationOfRisk.values()), pick(random, SourceOfRisk.values()),
                    pick(random, FeelingSafe.values()));
        }
        return enquiry;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Mostly the first value (as "White" is in most councils' returns), otherwise any. */
    private static <T> T weighted(Random random, T[] values) {
        return random.nextInt(10) < 7 ? values[0] : pick(random, values);
    }
}
