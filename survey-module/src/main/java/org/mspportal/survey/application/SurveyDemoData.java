package org.mspportal.survey.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.mspportal.core.safeguarding.DisclosureCheck;
import org.mspportal.core.team.Team;
import org.mspportal.core.time.UkTime;
import org.mspportal.survey.domain.model.concern.ConcernAction;
import org.mspportal.survey.domain.model.concern.ConcernReason;
import org.mspportal.survey.domain.model.concern.SafeguardingConcern;
import org.mspportal.survey.domain.model.enquiry.AgeBand;
import org.mspportal.survey.domain.model.enquiry.Enquiry;
import org.mspportal.survey.domain.model.enquiry.EnquiryStage;
import org.mspportal.survey.domain.model.enquiry.Ethnicity;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.Gender;
import org.mspportal.survey.domain.model.enquiry.LocationOfRisk;
import org.mspportal.survey.domain.model.enquiry.MentalCapacity;
import org.mspportal.survey.domain.model.enquiry.MspAsked;
import org.mspportal.survey.domain.model.enquiry.OutcomeAchievement;
import org.mspportal.survey.domain.model.enquiry.OutcomeStatement;
import org.mspportal.survey.domain.model.enquiry.PrimarySupportReason;
import org.mspportal.survey.domain.model.enquiry.RiskAssessmentAndAction;
import org.mspportal.survey.domain.model.enquiry.RiskOutcome;
import org.mspportal.survey.domain.model.enquiry.SacProfile;
import org.mspportal.survey.domain.model.enquiry.SourceOfRisk;
import org.mspportal.survey.domain.model.enquiry.TypeOfRisk;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackReply;
import org.mspportal.survey.domain.model.feedback.FeedbackResponse;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;
import org.mspportal.survey.domain.model.feedback.WhoAnswered;
import org.mspportal.survey.domain.model.invitation.FeedbackInvitation;
import org.mspportal.survey.domain.model.invitation.InvitationSecrets;
import org.mspportal.survey.domain.model.invitation.InvitationStatus;
import org.mspportal.survey.domain.model.questionnaire.QuestionnaireVersion;

/**
 * The fictional council's enquiries in demo mode: 300 of them across teams and stages, with the
 * person's outcomes in their own words and, for most concluded ones, their feedback; from fixed seeds
 * so every demo shows the same cases.
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
    FeedbackSearchPublication searchPublication;

    @Inject
    DisclosureCheck disclosures;

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
        LocalDate today = UkTime.today(clock);
        for (int i = 1; i <= ENQUIRIES; i++) {
            em.persist(enquiry(i, random, request.teams(), statements, today));
            if (i % 50 == 0) {
                em.flush();
                em.clear();
            }
        }
        int responses = feedback(today);
        LOG.info(() -> "Demo data: " + ENQUIRIES + " enquiries, " + responses + " feedback responses.");
    }

    /**
     * Feedback on most concluded demo enquiries: sent (most), started and saved, invited only, or expired
     * unanswered. A second random stream, so the enquiries above stay as they were.
     */
    private int feedback(LocalDate today) {
        Random random = new Random(SEED + 1);
        SecureRandom secrets = new SecureRandom();
        QuestionnaireVersion questionnaire = em.createNamedQuery("QuestionnaireVersion.latestPublished",
                QuestionnaireVersion.class).setMaxResults(1).getSingleResult();
        Instant now = clock.instant();
        int sent = 0;
        List<Enquiry> concluded = em.createQuery("SELECT e FROM Enquiry e WHERE e.caseReference LIKE :prefix"
                + " AND e.concludedOn IS NOT NULL ORDER BY e.id", Enquiry.class)
                .setParameter("prefix", PREFIX + "%").getResultList();
        for (Enquiry enquiry : concluded) {
            int fate = random.nextInt(10);
            Instant issuedAt = enquiry.getConcludedOn().plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (fate < 2 || !issuedAt.plus(Duration.ofDays(5)).isBefore(now)) {
                continue;
            }
            FeedbackInvitation invitation = new FeedbackInvitation(enquiry, InvitationSecrets.newLinkToken(secrets),
                    InvitationSecrets.newShortCode(secrets), random.nextBoolean() ? FeedbackInvitation.Channel.LETTER
                    : FeedbackInvitation.Channel.EMAIL, BY, issuedAt, issuedAt.plus(InvitationStatus.DEFAULT_VALIDITY));
            em.persist(invitation);
            if (fate == 2) {
                continue;
            }
            Instant answeredAt = issuedAt.plus(Duration.ofDays(1 + random.nextInt(4)));
            FeedbackResponse response = new FeedbackResponse(invitation, enquiry, questionnaire, answeredAt);
            em.persist(response);
            FeedbackJourney journey = FeedbackJourney.forOutcomes(
                    enquiry.getDesiredOutcomes().stream().map(o -> o.getPosition()).toList());
            boolean finish = fate > 3;
            WhoAnswered who = random.nextInt(10) < 6 ? WhoAnswered.PERSON : pick(random, WhoAnswered.values());
            Map<String, String[]> details = new LinkedHashMap<>();
            for (FeedbackStep step : journey.steps()) {
                if (!finish && random.nextInt(3) == 0) {
                    break;
                }
                String choice = step.kind() == FeedbackStep.Kind.WHO ? who.name()
                        : step.choices().isEmpty() ? null : step.choices().get(leaningYes(random, step.choices().size()));
                String detail = step.hasDetail() && random.nextInt(4) == 0 ? COMMENTS.get(random.nextInt(COMMENTS.size()))
                        : null;
                em.persist(new FeedbackReply(response, step.key(), choice, detail, answeredAt));
                details.put(step.key(), new String[] {choice, detail});
            }
            demoConcern(response, journey, details, answeredAt, now);
            if (finish) {
                response.submit(who, who == WhoAnswered.STAFF_ON_BEHALF ? BY : null, answeredAt.plusSeconds(600));
                LocalDate sentOn = LocalDate.ofInstant(answeredAt.plusSeconds(600), UkTime.ZONE);
                details.forEach((step, reply) -> searchPublication.publish(response, step, reply[0], reply[1], sentOn));
                sent++;
            }
        }
        return sent;
    }

    /**
     * The concern the live check would have raised on these answers; all but the last week's are shown as
     * acknowledged. Persisted directly: a demo start sends no alerts.
     */
    private void demoConcern(FeedbackResponse response, FeedbackJourney journey, Map<String, String[]> details,
                             Instant answeredAt, Instant now) {
        SafeguardingConcern concern = null;
        for (Map.Entry<String, String[]> reply : details.entrySet()) {
            FeedbackStep step = journey.step(reply.getKey()).orElseThrow();
            var reason = ConcernReason.in(step, reply.getValue()[0], reply.getValue()[1], disclosures);
            if (reason.isPresent() && concern == null) {
                concern = new SafeguardingConcern(response, reason.get(), step.key(), answeredAt);
            } else if (reason.isPresent()) {
                concern.add(reason.get(), step.key());
            }
        }
        if (concern == null) {
            return;
        }
        if (answeredAt.isBefore(now.minus(Duration.ofDays(7)))) {
            concern.acknowledge(ConcernAction.CONTACT_MADE, "Demo: rang the person the same day; they are safe and "
                    + "did not want anything more done.", BY, answeredAt.plus(Duration.ofHours(3)));
        }
        em.persist(concern);
    }

    /** Most people answer yes; fewer partly or no; a few would rather not say (the last choice). */
    private static int leaningYes(Random random, int choices) {
        int roll = random.nextInt(20);
        return roll < 11 ? 0 : roll < 19 ? 1 + random.nextInt(Math.max(1, choices - 2)) : choices - 1;
    }

    /** Made-up comments, a few with the kind of detail people write (names, numbers) for the search module to redact. */
    static final List<String> COMMENTS = List.of(
            "Nobody told me what was happening for weeks.",
            "The social worker listened and came back when she said she would.",
            "The police never came back to me.",
            "I wanted my son Dave to get help, not to be arrested.",
            "I felt safer once the locks were changed.",
            "Too many different people, I had to tell my story again and again.",
            "My advocate made sure they heard me at the meeting.",
            "Please ring me on 07700 900123 before you visit, not after.",
            "The care agency still sends different carers every week.",
            "I got my money back from the bank, thank you.",
            "I did not understand the letters you sent me.",
            "It took too long to get a decision.");

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
