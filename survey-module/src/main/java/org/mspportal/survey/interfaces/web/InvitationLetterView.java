package org.mspportal.survey.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.mspportal.survey.application.IssuedInvitation;

/** The printable letter of a newly issued invitation, shown once. */
@Named
@RequestScoped
public class InvitationLetterView {

    private IssuedInvitation issued;

    public IssuedInvitation getIssued() {
        if (issued == null) {
            issued = InvitationsView.issued();
        }
        return issued;
    }
}
