package org.mspportal.survey.domain.model.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.mspportal.core.reporting.ReportingQuarter;
import org.mspportal.survey.domain.model.enquiry.MspAsked;
import org.mspportal.survey.domain.model.enquiry.OutcomeAchievement;
import org.mspportal.survey.domain.model.enquiry.Sg4aAchievementRule;
import org.mspportal.survey.domain.model.feedback.FeedbackQuestion;

/**
 * The counting rules of the Safeguarding Adults Collection, for one enquiry or one feedback response
 * within a span of days (the batch job's partition: one month of the period).
 * <ul>
 *   <li>SG1 counts enquiries <em>started</em> in the span; SG2, SG3 and SG4a count enquiries
 *       <em>concluded</em> in it. An enquiry started and concluded in the period counts in both.</li>
 *   <li>An enquiry counts once under each of its types of risk (SG2a), so that table's total can
 *       exceed the number of enquiries, as the guidance says.</li>
 *   <li>SG4a "achieved" is derived by {@link Sg4aAchievementRule}; an enquiry with no achieved value
 *       counts in the NONE column of its "asked" row and in no breakdown.</li>
 *   <li>Feedback counts responses <em>sent</em> in the span; a question left unanswered counts nowhere.
 *       Answers to the person's own outcomes ("did this happen?") count together as OUTCOME_HAPPENED.</li>
 * </ul>
 */
public final class MspCounting {

    public static final String NOT_RECORDED = "NOT_RECORDED";
    public static final String OUTCOME_HAPPENED = "OUTCOME_HAPPENED";
    static final String SEPARATOR = "|";
    private static final Set<String> QUESTIONS = Arrays.stream(FeedbackQuestion.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private MspCounting() {
    }

    public static List<FigureKey> forEnquiry(EnquiryFacts e, LocalDate from, LocalDate to) {
        List<FigureKey> figures = new ArrayList<>();
        forEnquiry(e, from, to, figures::add);
        return figures;
    }

    public static List<FigureKey> forFeedback(FeedbackFacts f, LocalDate from, LocalDate to) {
        List<FigureKey> figures = new ArrayList<>();
        forFeedback(f, from, to, figures::add);
        return figures;
    }

    /** Hands each figure the enquiry adds one to to {@code figures}: the job counts without a list per enquiry. */
    public static void forEnquiry(EnquiryFacts e, LocalDate from, LocalDate to, Consumer<FigureKey> figures) {
        if (within(e.startedOn(), from, to)) {
            figures.accept(new FigureKey(MspTable.SG1_AGE_BAND, e.ageBand(), MspTable.ALL));
            figures.accept(new FigureKey(MspTable.SG1_GENDER, e.gender(), MspTable.ALL));
            figures.accept(new FigureKey(MspTable.SG1_ETHNICITY, e.ethnicity(), MspTable.ALL));
            figures.accept(new FigureKey(MspTable.SG1_PRIMARY_SUPPORT_REASON, e.primarySupportReason(), MspTable.ALL));
        }
        if (!within(e.concludedOn(), from, to)) {
            return;
        }
        for (String risk : e.typesOfRisk()) {
            figures.accept(new FigureKey(MspTable.SG2_TYPE_OF_RISK, risk, MspTable.ALL));
        }
        figures.accept(new FigureKey(MspTable.SG2_LOCATION, recorded(e.location()), MspTable.ALL));
        figures.accept(new FigureKey(MspTable.SG2_SOURCE, recorded(e.source()), MspTable.ALL));
        figures.accept(new FigureKey(MspTable.SG2_RISK_ASSESSMENT, recorded(e.riskAssessment()), MspTable.ALL));
        if (e.riskOutcome() != null) {
            figures.accept(new FigureKey(MspTable.SG2_RISK_OUTCOME, e.riskOutcome(), MspTable.ALL));
        }
        figures.accept(new FigureKey(MspTable.SG3_MENTAL_CAPACITY, recorded(e.mentalCapacity()), MspTable.ALL));

        Optional<OutcomeAchievement> achieved = achieved(e);
        figures.accept(new FigureKey(MspTable.SG4A, recorded(e.asked()), achieved.map(Enum::name).orElse(MspTable.NONE)));
        if (achieved.isPresent()) {
            String column = achieved.get().name();
            figures.accept(new FigureKey(MspTable.SG4A_BY_AGE_BAND, e.ageBand(), column));
            figures.accept(new FigureKey(MspTable.SG4A_BY_GENDER, e.gender(), column));
            figures.accept(new FigureKey(MspTable.SG4A_BY_ETHNICITY, e.ethnicity(), column));
            figures.accept(new FigureKey(MspTable.SG4A_BY_PRIMARY_SUPPORT_REASON, e.primarySupportReason(), column));
            for (String risk : e.typesOfRisk()) {
                figures.accept(new FigureKey(MspTable.SG4A_BY_TYPE_OF_RISK, risk, column));
            }
            figures.accept(new FigureKey(MspTable.SG4A_BY_LOCATION, recorded(e.location()), column));
            figures.accept(new FigureKey(MspTable.SG4A_BY_SOURCE, recorded(e.source()), column));
            figures.accept(new FigureKey(MspTable.SG4A_BY_RISK_OUTCOME, recorded(e.riskOutcome()), column));
            figures.accept(new FigureKey(MspTable.SG4A_BY_QUARTER, ReportingQuarter.of(e.concludedOn()).toString(), column));
        }
        if (e.feelingSafeBefore() != null && e.feelingSafeAfter() != null) {
            figures.accept(new FigureKey(MspTable.FEELING_SAFE, e.feelingSafeBefore(), e.feelingSafeAfter()));
        }
    }

    public static void forFeedback(FeedbackFacts f, LocalDate from, LocalDate to, Consumer<FigureKey> figures) {
        if (!within(f.sentOn(), from, to)) {
            return;
        }
        String who = recorded(f.answeredBy());
        String team = String.valueOf(f.teamId());
        String quarter = ReportingQuarter.of(f.sentOn()).toString();
        figures.accept(new FigureKey(MspTable.FB_WHO_ANSWERED, who, MspTable.ALL));
        for (Map.Entry<String, String> reply : f.choices().entrySet()) {
            String answer = reply.getValue();
            if (answer == null) {
                continue;
            }
            String question = questionOf(reply.getKey());
            if (question != null) {
                figures.accept(new FigureKey(MspTable.FB_ANSWERS, question, answer));
                figures.accept(new FigureKey(MspTable.FB_ANSWERS_BY_WHO, question, who, answer));
                figures.accept(new FigureKey(MspTable.FB_ANSWERS_BY_TEAM, question, team, answer));
                figures.accept(new FigureKey(MspTable.FB_ANSWERS_BY_QUARTER, question, quarter, answer));
            } else if (reply.getKey().equals("feeling-safe")) {
                figures.accept(new FigureKey(MspTable.FB_FEELING_SAFE_NOW, MspTable.ALL, answer));
            }
        }
    }

    /** The question a stored reply answers, for the answers tables; null for other pages. */
    static String questionOf(String stepKey) {
        if (stepKey.startsWith("outcome-")) {
            return OUTCOME_HAPPENED;
        }
        return QUESTIONS.contains(stepKey) ? stepKey : null;
    }

    static Optional<OutcomeAchievement> achieved(EnquiryFacts e) {
        if (!MspAsked.ASKED_OUTCOMES_EXPRESSED.name().equals(e.asked())) {
            return Optional.empty();
        }
        List<OutcomeAchievement> assessments = new ArrayList<>(e.achievements().size());
        for (String assessment : e.achievements()) {
            assessments.add(assessment == null ? null : OutcomeAchievement.valueOf(assessment));
        }
        return Sg4aAchievementRule.derive(MspAsked.ASKED_OUTCOMES_EXPRESSED, assessments);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static String recorded(String code) {
        return Objects.requireNonNullElse(code, NOT_RECORDED);
    }
}
