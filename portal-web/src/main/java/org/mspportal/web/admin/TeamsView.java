package org.mspportal.web.admin;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.team.Team;
import org.mspportal.core.team.TeamAdministration;
import org.mspportal.core.web.PageMessages;

/** Each team's duty inbox: where safeguarding alerts about its enquiries are emailed. */
@Named
@ViewScoped
public class TeamsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamAdministration administration;

    /** The inbox typed for each team, by team id: what was typed stays when a save is refused. */
    private Map<Long, String> inboxes;
    private Map<Long, String> names;

    public Map<Long, String> getInboxes() {
        if (inboxes == null) {
            inboxes = new LinkedHashMap<>();
            names = new LinkedHashMap<>();
            for (Team team : administration.teams()) {
                inboxes.put(team.getId(), team.getDutyEmail().orElse(""));
                names.put(team.getId(), team.getName());
            }
        }
        return inboxes;
    }

    public Map<Long, String> getNames() {
        getInboxes();
        return names;
    }

    public void save(long teamId) {
        try {
            administration.useDutyEmail(teamId, inboxes.get(teamId));
            PageMessages.redirect("/admin/teams.xhtml", "The duty inbox of " + names.get(teamId) + " is saved.");
        } catch (EJBException | IllegalArgumentException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            PageMessages.refuse("teams:inbox-" + teamId, cause.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
