package org.mspportal.referencegroup.application;

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;

/**
 * Who is looking: a member of one group, or staff (facilitators, leads, administrators) who may see
 * every group. Only moderators (facilitators and administrators) see words held back or hidden from the
 * group; a lead reads the discussion as the group sees it.
 *
 * @param username  the signed-in person
 * @param member    their membership, if they are a member
 * @param staff     whether they are staff of the council
 * @param moderator whether they moderate the groups' discussions
 */
public record Reader(String username, Member member, boolean staff, boolean moderator) {

    static final String OTHER_GROUP = "This page belongs to another reference group. You can only see your own group's pages.";

    public void requireCanRead(ReferenceGroup group) {
        if (!staff && (member == null || !member.belongsTo(group))) {
            throw new Refusal(OTHER_GROUP);
        }
    }

    public Member requireMember() {
        if (member == null) {
            throw new Refusal("Only members of the group can do this. A facilitator can record it for a member.");
        }
        return member;
    }

    public boolean isMember() {
        return member != null;
    }
}
