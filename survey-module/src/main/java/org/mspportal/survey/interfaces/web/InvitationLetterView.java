package org.mspportal.survey.interfaces.web;

import java.time.ZoneId;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.config.PortalSettings;
import org.mspportal.core.time.UkTime;
import org.mspportal.survey.application.IssuedInvitation;

/**
 * The printable letters of a newly issued invitation, shown once: standard English, Easy Read and Welsh,
 * each with the short address to type from paper, the code in large type and the council's number.
 */
@Named
@RequestScoped
public class InvitationLetterView {

    @Inject
    PortalSettings settings;

    private IssuedInvitation issued;

    public IssuedInvitation getIssued() {
        if (issued == null) {
            issued = InvitationsView.issued();
        }
        return issued;
    }

    public String getShortAddress() {
        return settings.shortAddress();
    }

    public String getPhone() {
        return settings.safeguardingPhone();
    }

    public String getCouncilName() {
        return settings.councilName();
    }

    /** The last day the code works, written out in the letter's language ({@code en} or {@code cy}). */
    public String until(String language) {
        return UkTime.longDate(getIssued().expiresAt(), Locale.forLanguageTag(language));
    }
}
