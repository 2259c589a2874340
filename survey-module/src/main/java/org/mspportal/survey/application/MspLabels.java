package org.mspportal.survey.application;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.mspportal.survey.domain.model.enquiry.AgeBand;
import org.mspportal.survey.domain.model.enquiry.Ethnicity;
import org.mspportal.survey.domain.model.enquiry.FeelingSafe;
import org.mspportal.survey.domain.model.enquiry.Gender;
import org.mspportal.survey.domain.model.enquiry.LocationOfRisk;
import org.mspportal.survey.domain.model.enquiry.MentalCapacity;
import org.mspportal.survey.domain.model.enquiry.MspAsked;
import org.mspportal.survey.domain.model.enquiry.OutcomeAchievement;
import org.mspportal.survey.domain.model.enquiry.PrimarySupportReason;
import org.mspportal.survey.domain.model.enquiry.RiskAssessmentAndAction;
import org.mspportal.survey.domain.model.enquiry.RiskOutcome;
import org.mspportal.survey.domain.model.enquiry.SacCategory;
import org.mspportal.survey.domain.model.enquiry.SourceOfRisk;
import org.mspportal.survey.domain.model.enquiry.TypeOfRisk;
import org.mspportal.survey.domain.model.reporting.MspCounting;
import org.mspportal.survey.domain.model.reporting.MspTable;

/**
 * The words for the codes in the figures, and their order: the national return's labels and order for
 * SAC categories, plain staff wording for the feedback answers.
 */
public final class MspLabels {

    static final Map<String, String> QUESTIONS = Map.of(
            MspCounting.OUTCOME_HAPPENED, "Did the outcomes they wanted happen?",
            "GOT_OUTCOMES", "Have you got the outcomes you wanted?",
            "CHANCE_TO_SAY", "Did we give you chance to say what you wanted to happen?",
            "LISTENED_TO", "Did you feel that you were listened to?",
            "ACTED_ON_WISHES", "Did we act on your wishes and views?",
            "SAFE_AS_WANTED", "Do you feel as safe as you want to feel?",
            "HAPPIER", "Do you feel happier as a result of the support about your concerns?");
    static final Map<String, String> ANSWERS = Map.of("YES", "Yes", "NO", "No", "PARTLY", "Partly",
            "RATHER_NOT_SAY", "Rather not say");
    static final Map<String, String> WHO = Map.of("PERSON", "The person", "PERSON_WITH_HELP", "The person, with help",
            "FAMILY_FRIEND_OR_CARER", "Family member, friend or carer", "ADVOCATE_OR_IMCA", "Advocate or IMCA",
            "STAFF_ON_BEHALF", "Staff, on the person's behalf");

    private MspLabels() {
    }

    /** The codes a table's rows can take, in the return's order (empty where rows are open-ended: teams, quarters). */
    public static List<String> rowCodes(MspTable table) {
        Class<? extends Enum<?>> type = rowType(table);
        if (type != null) {
            return codes(type.getEnumConstants());
        }
        return switch (table) {
            case FB_ANSWERS -> List.of(MspCounting.OUTCOME_HAPPENED, "GOT_OUTCOMES", "CHANCE_TO_SAY", "LISTENED_TO",
                    "ACTED_ON_WISHES", "SAFE_AS_WANTED", "HAPPIER");
            case FB_WHO_ANSWERED -> List.of("PERSON", "PERSON_WITH_HELP", "FAMILY_FRIEND_OR_CARER", "ADVOCATE_OR_IMCA",
                    "STAFF_ON_BEHALF");
            case FB_FEELING_SAFE_NOW -> List.of(MspTable.ALL);
            default -> List.of();
        };
    }

    /** The enum whose codes a table's rows hold, if they are SAC categories. */
    static Class<? extends Enum<?>> rowType(MspTable table) {
        return switch (table) {
            case SG1_AGE_BAND, SG4A_BY_AGE_BAND -> AgeBand.class;
            case SG1_GENDER, SG4A_BY_GENDER -> Gender.class;
            case SG1_ETHNICITY, SG4A_BY_ETHNICITY -> Ethnicity.class;
            case SG1_PRIMARY_SUPPORT_REASON, SG4A_BY_PRIMARY_SUPPORT_REASON -> PrimarySupportReason.class;
            case SG2_TYPE_OF_RISK, SG4A_BY_TYPE_OF_RISK -> TypeOfRisk.class;
            case SG2_LOCATION, SG4A_BY_LOCATION -> LocationOfRisk.class;
            case SG2_SOURCE, SG4A_BY_SOURCE -> SourceOfRisk.class;
            case SG2_RISK_ASSESSMENT -> RiskAssessmentAndAction.class;
            case SG2_RISK_OUTCOME, SG4A_BY_RISK_OUTCOME -> RiskOutcome.class;
            case SG3_MENTAL_CAPACITY -> MentalCapacity.class;
            case SG4A -> MspAsked.class;
            case FEELING_SAFE -> FeelingSafe.class;
            default -> null;
        };
    }

    /** The codes of a table's columns, in order. */
    public static List<String> columnCodes(MspTable table) {
        return switch (table) {
            case SG4A -> List.of("FULLY", "PARTIALLY", "NOT", MspTable.NONE);
            case FEELING_SAFE -> codes(FeelingSafe.values());
            case FB_FEELING_SAFE_NOW -> List.of("AS_SAFE_AS_I_WANT", "ADEQUATELY_SAFE", "LESS_THAN_ADEQUATELY_SAFE",
                    "NOT_AT_ALL_SAFE", "RATHER_NOT_SAY");
            case FB_ANSWERS, FB_ANSWERS_BY_WHO, FB_ANSWERS_BY_TEAM, FB_ANSWERS_BY_QUARTER ->
                    List.of("YES", "PARTLY", "NO", "RATHER_NOT_SAY");
            default -> table.name().startsWith("SG4A_BY") ? List.of("FULLY", "PARTIALLY", "NOT") : List.of(MspTable.ALL);
        };
    }

    /** The words for a row's code in a table. */
    public static String rowLabel(MspTable table, String code) {
        return rowLabel(table, code, Map.of());
    }

    /** The same, with team names for rows by team; two-part rows read "question: who", "question: team". */
    public static String rowLabel(MspTable table, String code, Map<Long, String> teamNames) {
        int split = code.indexOf('|');
        if (split >= 0) {
            String second = code.substring(split + 1);
            return label(code.substring(0, split)) + ": " + (table == MspTable.FB_ANSWERS_BY_TEAM ? teamName(second, teamNames)
                    : label(second));
        }
        Class<? extends Enum<?>> type = rowType(table);
        return type == null ? label(code) : enumLabel(type, code);
    }

    private static String teamName(String id, Map<Long, String> teamNames) {
        try {
            return teamNames.getOrDefault(Long.parseLong(id), "Team " + id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    /** The words for a column's code in a table. */
    public static String columnLabel(MspTable table, String code) {
        if (table == MspTable.FEELING_SAFE || table == MspTable.FB_FEELING_SAFE_NOW) {
            return code.equals("RATHER_NOT_SAY") ? "Rather not say" : enumLabel(FeelingSafe.class, code);
        }
        if (table == MspTable.SG4A || table.name().startsWith("SG4A_BY")) {
            return code.equals(MspTable.NONE) ? label(code) : enumLabel(OutcomeAchievement.class, code);
        }
        return label(code);
    }

    public static String label(String code) {
        if (code == null) {
            return "";
        }
        if (QUESTIONS.containsKey(code)) {
            return QUESTIONS.get(code);
        }
        if (ANSWERS.containsKey(code)) {
            return ANSWERS.get(code);
        }
        if (WHO.containsKey(code)) {
            return WHO.get(code);
        }
        return switch (code) {
            case MspTable.ALL -> "Number";
            case MspTable.NONE -> "No outcomes expressed or assessed";
            case MspCounting.NOT_RECORDED -> "Not recorded";
            default -> code;
        };
    }

    private static String enumLabel(Class<? extends Enum<?>> type, String code) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                if (constant instanceof SacCategory c) {
                    return c.label();
                }
                return constant instanceof OutcomeAchievement a ? a.label() : ((FeelingSafe) constant).label();
            }
        }
        return label(code);
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
