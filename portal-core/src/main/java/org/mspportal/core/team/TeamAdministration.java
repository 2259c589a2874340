package org.mspportal.core.team;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mspportal.core.audit.AuditLog;
import org.mspportal.core.security.PortalRole;

/** Administrators keep each team's duty inbox, where alerts about the team's enquiries go (audited). */
@Stateless
@RolesAllowed(PortalRole.Names.ADMIN)
public class TeamAdministration {

    @Inject
    Teams teams;

    @Inject
    AuditLog audit;

    public List<Team> teams() {
        return teams.all();
    }

    /** Sets or clears a team's duty inbox; refuses an address that cannot be one. */
    public void useDutyEmail(long teamId, String address) {
        String typed = address == null ? "" : address.strip();
        if (!typed.isEmpty() && (typed.length() > 254 || !typed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new IllegalArgumentException("Enter the inbox in the right form, like duty.team@council.gov.uk, or leave it empty.");
        }
        Team team = teams.find(teamId).orElseThrow(() -> new IllegalArgumentException("There is no such team."));
        team.useDutyEmail(typed);
        audit.record("CHANGED_TEAM_DUTY_INBOX", team.getName(), typed.isEmpty() ? "none" : typed);
    }
}
