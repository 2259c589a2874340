package org.mspportal.core.team;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The council's teams, shared by every module through this service (never through the table). */
@ApplicationScoped
@Transactional
public class Teams {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public List<Team> all() {
        return em.createNamedQuery("Team.findAll", Team.class).getResultList();
    }

    public Optional<Team> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Team.class, id));
    }

    /** Sets where alerts about the team's enquiries go (blank for nowhere). */
    public void useDutyEmail(long teamId, String address) {
        find(teamId).ifPresent(team -> team.useDutyEmail(address));
    }

    public Team add(String name) {
        Team team = new Team(name);
        em.persist(team);
        return team;
    }
}
