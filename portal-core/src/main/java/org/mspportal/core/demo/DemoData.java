package org.mspportal.core.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mspportal.core.config.PortalSettings;
import org.mspportal.core.security.UserAccounts;
import org.mspportal.core.team.Team;
import org.mspportal.core.team.Teams;

/** The fictional council of demo mode: its teams, one user per role, then each module's own data. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final List<String> TEAM_NAMES = List.of(
            "North Locality Team", "South Locality Team", "Hospital Safeguarding Team", "Learning Disability Team");

    @Inject
    PortalSettings settings;

    @Inject
    UserAccounts accounts;

    @Inject
    Teams teams;

    @Inject
    Event<DemoDataRequested> demoDataRequested;

    @Transactional
    public void installIfDemo() {
        if (!settings.isDemo()) {
            return;
        }
        List<Team> existing = teams.all();
        if (existing.isEmpty()) {
            TEAM_NAMES.forEach(name -> teams.add(name).useDutyEmail(
                    name.toLowerCase(Locale.UK).replace(' ', '-') + "@example.org"));
            existing = teams.all();
        }
        for (DemoAccount demo : DemoAccount.values()) {
            if (accounts.findByUsername(demo.username()).isEmpty()) {
                accounts.create(demo.username(), demo.displayName(), demo.username() + "@example.org",
                        EnumSet.of(demo.role()), demo.password().toCharArray());
            }
        }
        demoDataRequested.fire(new DemoDataRequested(settings.councilName(), existing));
        StringBuilder message = new StringBuilder("DEMO MODE: fictional data of ")
                .append(settings.councilName()).append(". Never enter real people's details. Demo sign-ins:");
        for (DemoAccount demo : DemoAccount.values()) {
            message.append("\n    ").append(demo.role().label()).append(": ")
                    .append(demo.username()).append(" / ").append(demo.password());
        }
        LOG.warning(message::toString);
    }
}
