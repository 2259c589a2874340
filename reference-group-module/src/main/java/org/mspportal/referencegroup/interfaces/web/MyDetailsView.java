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
import org.mspportal.referencegroup.application.MemberSelf;
import org.mspportal.referencegroup.application.MemberSummary;
import org.mspportal.referencegroup.domain.model.consent.ConsentChoices;
import org.mspportal.referencegroup.domain.model.group.AccessNeed;
import org.mspportal.referencegroup.domain.model.group.ContactMethod;

/** A member's own page: messages about their suggestions, how their words may be used, and what they need. */
@Named
@ViewScoped
public class MyDetailsView implements Serializable {

    @Inject
    MemberSelf members;

    private MemberSummary me;
    private List<MemberMessage> notifications;
    private List<ConsentVersion> history;
    private boolean practiceLearning;
    private boolean quoteAnonymously;
    private boolean quoteWithFirstName;
    private AccessNeed[] needs;
    private String otherNeeds;
    private ContactMethod contact;

    public void load() {
        me = members.me();
        notifications = members.notifications();
        history = members.myConsentHistory();
        practiceLearning = me.consent().practiceLearning();
        quoteAnonymously = me.consent().quoteAnonymously() && !me.consent().quoteWithFirstName();
        quoteWithFirstName = me.consent().quoteWithFirstName();
        needs = Arrays.stream(AccessNeed.values()).filter(n -> me.accessNeeds().contains(n.label())).toArray(AccessNeed[]::new);
        otherNeeds = me.otherNeeds();
        contact = Arrays.stream(ContactMethod.values()).filter(c -> c.label().equals(me.preferredContact()))
                .findFirst().orElse(ContactMethod.EMAIL);
        members.markAllRead();
    }

    public void saveConsent() throws IOException {
        ConsentChoices choices = new ConsentChoices(practiceLearning, quoteAnonymously, quoteWithFirstName);
        members.changeConsent(choices);
        Forms.redirect("my-details.xhtml", choices.isNone()
                ? "Your consent is withdrawn. Your words have been taken out of \"you said, we did\" and the search for practice learning."
                : "Your choices are saved.");
    }

    public void withdrawConsent() throws IOException {
        practiceLearning = false;
        quoteAnonymously = false;
        quoteWithFirstName = false;
        saveConsent();
    }

    public void saveNeeds() throws IOException {
        try {
            members.changeAccessNeeds(NeedsForm.asSet(needs),
                    otherNeeds, contact);
            Forms.redirect("my-details.xhtml", "Your needs are saved. Your facilitator will see them when planning sessions.");
        } catch (Refusal e) {
            Forms.refuseBeside(e, "needs");
        }
    }

    public AccessNeed[] getAllNeeds() {
        return AccessNeed.values();
    }

    public ContactMethod[] getContactMethods() {
        return ContactMethod.values();
    }

    public MemberSummary getMe() {
        return me;
    }

    public List<MemberMessage> getNotifications() {
        return notifications;
    }

    public List<ConsentVersion> getHistory() {
        return history;
    }

    public boolean isPracticeLearning() {
        return practiceLearning;
    }

    public void setPracticeLearning(boolean practiceLearning) {
        this.practiceLearning = practiceLearning;
    }

    public boolean isQuoteAnonymously() {
        return quoteAnonymously;
    }

    public void setQuoteAnonymously(boolean quoteAnonymously) {
        this.quoteAnonymously = quoteAnonymously;
    }

    public boolean isQuoteWithFirstName() {
        return quoteWithFirstName;
    }

    public void setQuoteWithFirstName(boolean quoteWithFirstName) {
        this.quoteWithFirstName = quoteWithFirstName;
    }

    public AccessNeed[] getNeeds() {
        return needs;
    }

    public void setNeeds(AccessNeed[] needs) {
        this.needs = needs;
    }

    public String getOtherNeeds() {
        return otherNeeds;
    }

    public void setOtherNeeds(String otherNeeds) {
        this.otherNeeds = otherNeeds;
    }

    public ContactMethod getContact() {
        return contact;
    }

    public void setContact(ContactMethod contact) {
        this.contact = contact;
    }
}
