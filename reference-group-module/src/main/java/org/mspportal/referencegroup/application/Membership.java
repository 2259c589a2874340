package org.mspportal.referencegroup.application;

import java.text.Normalizer;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.rule.Refusal;
import org.mspportal.core.security.AccountInvitations;
import org.mspportal.core.security.IssuedAccountInvitation;
import org.mspportal.core.security.PortalRole;
import org.mspportal.core.security.UserAccounts;
import org.mspportal.core.security.Usernames;
import org.mspportal.referencegroup.domain.model.consent.Consent;
import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;
import org.mspportal.referencegroup.domain.model.group.AccessNeed;
import org.mspportal.referencegroup.domain.model.group.ContactMethod;
import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.group.MemberKind;
import org.mspportal.referencegroup.domain.model.group.ReferenceGroup;

/**
 * What facilitators do with a group's members: add them (inviting those with an email address to
 * sign in), record their access needs and consent for them. Every view of members' details is audited.
 */
@Stateless
@RolesAllowed({PortalRole.Names.FACILITATOR, PortalRole.Names.ADMIN})
public class Membership {

    @PersistenceContext(unitName = "reference-group")
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    Consents consents;

    @Inject
    UserAccounts accounts;

    @Inject
    AccountInvitations invitations;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Resource(lookup = "java:jboss/mail/msp")
    Session mail;

    public List<MemberSummary> members(long groupId) {
        ReferenceGroup group = readers.group(groupId);
        audit.record("VIEWED_RG_MEMBERS", "reference group " + groupId, null);
        Map<Long, ConsentChoices> consent = consents.currentInGroup(group);
        return em.createNamedQuery("Member.ofGroup", Member.class).setParameter("group", group).getResultList().stream()
                .map(m -> MemberSummary.of(m, consent.getOrDefault(m.getId(), ConsentChoices.NONE))).toList();
    }

    public MemberSummary member(long memberId) {
        Member member = readers.find(Member.class, memberId, "member");
        audit.record("VIEWED_RG_MEMBER", "member " + memberId, null);
        return MemberSummary.of(member, consents.currentOf(member));
    }

    public long groupOf(long memberId) {
        return readers.find(Member.class, memberId, "member").getGroup().getId();
    }

    public List<ConsentVersion> consentHistory(long memberId) {
        return consents.history(readers.find(Member.class, memberId, "member")).stream().map(ConsentVersion::of).toList();
    }

    /**
     * Adds a member. With an email address an account is made and an invitation to choose a password is
     * emailed; if the email cannot be sent, nothing is added and the facilitator is told.
     */
    public long add(long groupId, NewMember form) {
        ReferenceGroup group = readers.group(groupId);
        if (form.kind() == null) {
            throw new Refusal("kind", "Choose how the member takes part.");
        }
        if (form.preferredContact() == null) {
            throw new Refusal("contact", "Choose how the member would like to be contacted.");
        }
        String email = MemberInvitationEmail.address(form.email());
        String phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
        if (phone != null && !phone.matches("[0-9 +()-]{6,30}")) {
            throw new Refusal("phone", "Enter the phone number with digits and spaces only, like 01632 960 001.");
        }
        Member member = new Member(group, form.fullName(), form.firstName(), form.kind(), email, phone,
                form.preferredContact(), clock.instant());
        member.recordAccessNeeds(form.accessNeeds() == null ? EnumSet.noneOf(AccessNeed.class) : form.accessNeeds(),
                form.otherNeeds(), form.preferredContact());
        em.persist(member);
        em.flush();
        if (form.consent() != null) {
            consents.record(member, form.consent(), context.getCallerPrincipal().getName());
        }
        audit.record("ADDED_RG_MEMBER", "member " + member.getId(), "group " + groupId);
        if (email != null) {
            member.linkAccount(newAccount(member, email));
            sendInvitation(member);
        }
        return member.getId();
    }

    /** A fresh invitation to choose a password; earlier links stop working. */
    public void reinvite(long memberId) {
        Member member = readers.find(Member.class, memberId, "member");
        if (member.getEmail() == null) {
            throw new Refusal("This member has no email address, so they cannot be sent an invitation.");
        }
        if (!member.hasAccount()) {
            member.linkAccount(newAccount(member, member.getEmail()));
        }
        sendInvitation(member);
    }

    public void recordAccessNeeds(long memberId, java.util.Set<AccessNeed> needs, String other, ContactMethod contact) {
        Member member = readers.find(Member.class, memberId, "member");
        if (contact == null) {
            throw new Refusal("contact", "Choose how the member would like to be contacted.");
        }
        member.recordAccessNeeds(needs, other, contact);
        audit.record("RECORDED_RG_ACCESS_NEEDS", "member " + memberId, null);
    }

    /** Consent recorded by the facilitator for a member (for example one without an account), audited. */
    public void recordConsent(long memberId, ConsentChoices choices) {
        Member member = readers.find(Member.class, memberId, "member");
        Consent consent = consents.record(member, choices, context.getCallerPrincipal().getName());
        audit.record("RECORDED_RG_CONSENT", "member " + memberId, "version " + consent.getVersion());
    }

    private String newAccount(Member member, String email) {
        String base = usernameFrom(email);
        String username = base;
        for (int n = 2; accounts.findByUsername(username).isPresent(); n++) {
            username = base + n;
        }
        accounts.create(username, member.getFullName(), email, EnumSet.of(PortalRole.MEMBER), null);
        return username;
    }

    /** The part of the address before the @, in the letters usernames allow. */
    static String usernameFrom(String email) {
        String local = Normalizer.normalize(email.substring(0, email.indexOf('@')), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
        local = local.replaceAll("^[.-]+|[.-]+$", "");
        if (local.length() < 2) {
            local = "member-" + local;
        }
        return Usernames.normalise(local.length() > 70 ? local.substring(0, 70) : local);
    }

    private void sendInvitation(Member member) {
        IssuedAccountInvitation issued = invitations.issue(member.getAccountUsername(), context.getCallerPrincipal().getName());
        try {
            Transport.send(MemberInvitationEmail.invitation(mail, member.getEmail(), member.getFirstName(),
                    member.getGroup().getName(), issued));
        } catch (MessagingException e) {
            throw new Refusal("email", "The invitation email could not be sent. Check the address, or leave it "
                    + "empty and add it later.");
        }
        audit.record("INVITED_RG_MEMBER", "member " + member.getId(), null);
    }
}
