package org.mspportal.referencegroup.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;

class GroupNeedsTest {

    @Test
    void aFacilitatorPlanningSeesEachNeedWithHowManyHaveItMostCommonFirst() {
        List<MemberSummary> members = List.of(
                member(List.of("Hearing loop", "Step-free access"), null),
                member(List.of("Step-free access"), "A quiet room"),
                member(List.of(), null));
        assertEquals(List.of("Step-free access: 2 members", "Hearing loop: 1 member", "Other needs written down: 1 member"),
                MemberSummary.needsOfGroup(members));
    }

    static MemberSummary member(List<String> needs, String other) {
        return new MemberSummary(1, "A B", "A", "Carer", null, null, "Phone", needs, other, false, ConsentChoices.NONE);
    }
}
