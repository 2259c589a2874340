package org.mspportal.referencegroup.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.referencegroup.application.ConsentVersion;
import org.mspportal.referencegroup.application.MemberMessage;
import org.mspportal.referencegroup.application.MemberSummary;
import org.mspportal.referencegroup.application.Membership;
import org.mspportal.referencegroup.application.NewMember;
import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;
import org.mspportal.referencegroup.domain.model.group.AccessNeed;
import org.mspportal.referencegroup.domain.model.group.ContactMethod;
import org.mspportal.referencegroup.domain.model.group.MemberKind;

/**
 * A facilitator adds a member ({@code ?group=}) or looks after one ({@code ?id=}): access needs, consent
 * recorded for them, and a new invitation.
 */
@Named
@ViewScoped
public class MemberView implements Serializable {

    @Inject
    Membership membership;

    private Long id;
    private Long group;
    private MemberSummary member;
    private List<ConsentVersion> history;
    private String refusal;

    private String fullName;
    private String firstName;
    private MemberKind kind;
    private String email;
    private String phone;
    private ContactMethod contact;
    private AccessNeed[] needs;
    private String otherNeeds;
    private boolean practiceLearning;
    private boolean quoteAnonymously;
    private boolean quoteWithFirstName;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            member = membership.member(id);
            group = membership.groupOf(id);
            history = membership.consentHistory(id);
            needs = Arrays.stream(AccessNeed.values()).filter(n -> member.accessNeeds().contains(n.label())).toArray(AccessNeed[]::new);
            otherNeeds = member.otherNeeds();
            contact = Arrays.stream(ContactMethod.values()).filter(c -> c.label().equals(member.preferredContact())).findFirst().orElse(null);
            practiceLearning = member.consent().practiceLearning();
            quoteAnonymously = member.consent().quoteAnonymously() && !member.consent().quoteWithFirstName();
            quoteWithFirstName = member.consent().quoteWithFirstName();
        } catch (Refusal e) {
            refusal = e.getMessage();
        }
    }

    public void add() throws IOException {
        try {
            long added = membership.add(group == null ? -1 : group, new NewMember(fullName, firstName, kind, email, phone, contact,
                    NeedsForm.asSet(needs), otherNeeds, new ConsentChoices(practiceLearning, quoteAnonymously, quoteWithFirstName)));
            Forms.redirect("member.xhtml?id=" + added, email == null || email.isBlank()
                    ? "The member is added. They have no email address, so you can record their suggestions for them."
                    : "The member is added and has been emailed an invitation to choose a password.");
        } catch (Refusal e) {
            Forms.refuseBeside(e, "member");
        }
    }

    public void saveNeeds() throws IOException {
        try {
            membership.recordAccessNeeds(id, NeedsForm.asSet(needs), otherNeeds, contact);
            Forms.redirect("member.xhtml?id=" + id, "Access needs saved.");
        } catch (Refusal e) {
            Forms.refuseBeside(e, "needs");
        }
    }

    public void saveConsent() throws IOException {
        membership.recordConsent(id, new ConsentChoices(practiceLearning, quoteAnonymously, quoteWithFirstName));
        Forms.redirect("member.xhtml?id=" + id, "Consent recorded as a new version.");
    }

    public void reinvite() throws IOException {
        try {
            membership.reinvite(id);
            Forms.redirect("member.xhtml?id=" + id, "A new invitation has been emailed. Earlier links no longer work.");
        } catch (Refusal e) {
            Forms.refuse(null, e.getMessage());
        }
    }

    public MemberKind[] getKinds() {
        return MemberKind.values();
    }

    public AccessNeed[] getAllNeeds() {
        return AccessNeed.values();
    }

    public ContactMethod[] getContactMethods() {
        return ContactMethod.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getGroup() { return group; }
    public void setGroup(Long group) { this.group = group; }
    public MemberSummary getMember() { return member; }
    public List<ConsentVersion> getHistory() { return history; }
    public String getRefusal() { return refusal; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public MemberKind getKind() { return kind; }
    public void setKind(MemberKind kind) { this.kind = kind; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public ContactMethod getContact() { return contact; }
    public void setContact(ContactMethod contact) { this.contact = contact; }
    public AccessNeed[] getNeeds() { return needs; }
    public void setNeeds(AccessNeed[] needs) { this.needs = needs; }
    public String getOtherNeeds() { return otherNeeds; }
    public void setOtherNeeds(String otherNeeds) { this.otherNeeds = otherNeeds; }
    public boolean isPracticeLearning() { return practiceLearning; }
    public void setPracticeLearning(boolean practiceLearning) { this.practiceLearning = practiceLearning; }
    public boolean isQuoteAnonymously() { return quoteAnonymously; }
    public void setQuoteAnonymously(boolean quoteAnonymously) { this.quoteAnonymously = quoteAnonymously; }
    public boolean isQuoteWithFirstName() { return quoteWithFirstName; }
    public void setQuoteWithFirstName(boolean quoteWithFirstName) { this.quoteWithFirstName = quoteWithFirstName; }
}
