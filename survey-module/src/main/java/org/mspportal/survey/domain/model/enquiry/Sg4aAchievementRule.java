package org.mspportal.survey.domain.model.enquiry;

import java.util.Collection;
import java.util.Optional;


/**
 * Derives an enquiry's SG4a "achieved" value from the assessments of the person's desired outcomes.
 *
 * <p>The rule, as councils report it:
 * <ol>
 *   <li>Only an enquiry where the person was asked and expressed outcomes has an "achieved" value;
 *       for every other answer to "asked" there is none.</li>
 *   <li>Every desired outcome (in its latest version) must have been assessed at closure; until then
 *       there is no value yet.</li>
 *   <li>All fully achieved gives <em>Fully Achieved</em>; none achieved gives <em>Not Achieved</em>;
 *       anything else (one partly achieved, or a mix) gives <em>Partially Achieved</em>.</li>
 * </ol>
 */
public final class Sg4aAchievementRule {

    private Sg4aAchievementRule() {
    }

    /**
     * @param asked        the enquiry's SG4a "asked" answer
     * @param assessments  the closure assessment of each desired outcome, {@code null} where not yet assessed
     * @return the enquiry's "achieved" value, or empty if it has none (yet)
     */
    public static Optional<OutcomeAchievement> derive(MspAsked asked, Collection<OutcomeAchievement> assessments) {
        if (asked != MspAsked.ASKED_OUTCOMES_EXPRESSED || assessments.isEmpty()) {
            return Optional.empty();
        }
        boolean allFully = true;
        boolean noneAchieved = true;
        for (OutcomeAchievement assessment : assessments) {
            if (assessment == null) {
                return Optional.empty();
            }
            allFully &= assessment == OutcomeAchievement.FULLY;
            noneAchieved &= assessment == OutcomeAchievement.NOT;
        }
        if (allFully) {
            return Optional.of(OutcomeAchievement.FULLY);
        }
        if (noneAchieved) {
            return Optional.of(OutcomeAchievement.NOT);
        }
        return Optional.of(OutcomeAchievement.PARTIALLY);
    }
}
