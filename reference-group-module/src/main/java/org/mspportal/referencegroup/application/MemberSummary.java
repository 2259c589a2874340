package org.mspportal.referencegroup.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;
import org.mspportal.referencegroup.domain.model.group.AccessNeed;
import org.mspportal.referencegroup.domain.model.group.Member;

/** A member as the facilitator sees them when planning: who, how to reach them, what they need. */
public record MemberSummary(long id, String fullName, String firstName, String kind, String email, String phone,
                            String preferredContact, List<String> accessNeeds, String otherNeeds, boolean canSignIn,
                            ConsentChoices consent) {

    static MemberSummary of(Member m, ConsentChoices consent) {
        return new MemberSummary(m.getId(), m.getFullName(), m.getFirstName(), m.getKind().label(), m.getEmail(),
                m.getPhone(), m.getPreferredContact().label(),
                m.getAccessNeeds().stream().sorted().map(AccessNeed::label).toList(), m.getOtherNeeds(),
                m.hasAccount(), consent);
    }

    /** Access needs in one line, for the facilitator's table. */
    public String needsText() {
        String listed = accessNeeds.isEmpty() ? "None recorded" : String.join(", ", accessNeeds);
        return otherNeeds == null ? listed : listed + ". " + otherNeeds;
    }

    /**
     * What a group needs, for planning a session: each access need with how many members have it, most
     * common first, and how many members there are.
     */
    public static java.util.List<String> needsOfGroup(java.util.List<MemberSummary> members) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        members.forEach(m -> m.accessNeeds().forEach(n -> counts.merge(n, 1L, Long::sum)));
        long other = members.stream().filter(m -> m.otherNeeds() != null).count();
        java.util.List<String> lines = new java.util.ArrayList<>(counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + ": " + e.getValue() + (e.getValue() == 1 ? " member" : " members")).toList());
        if (other > 0) {
            lines.add("Other needs written down: " + other + (other == 1 ? " member" : " members"));
        }
        return lines;
    }
}
