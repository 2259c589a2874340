package org.mspportal.referencegroup.application;

import java.util.Set;

import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;
import org.mspportal.referencegroup.domain.model.group.AccessNeed;
import org.mspportal.referencegroup.domain.model.group.ContactMethod;
import org.mspportal.referencegroup.domain.model.group.MemberKind;

/** What a facilitator fills in to add a member. With an email address, the member is invited to sign in. */
public record NewMember(String fullName, String firstName, MemberKind kind, String email, String phone,
                        ContactMethod preferredContact, Set<AccessNeed> accessNeeds, String otherNeeds,
                        ConsentChoices consent) {
}
