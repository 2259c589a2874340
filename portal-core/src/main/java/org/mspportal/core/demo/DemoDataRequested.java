package org.mspportal.core.demo;

import java.util.List;

import org.mspportal.core.team.Team;

/**
 * Fired once at start-up in demo mode, after the core's own demo data (teams and one user per role)
 * exists. Modules observe it to add their own fictional data; each must do nothing if its data is
 * already there, as the event fires on every start.
 *
 * @param councilName the fictional council
 * @param teams       its teams
 */
public record DemoDataRequested(String councilName, List<Team> teams) {
}
