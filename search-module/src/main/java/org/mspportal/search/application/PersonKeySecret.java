package org.mspportal.search.application;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The key of the person keys: made at random the first time it is needed and kept in the search module's
 * own table (never in configuration files or logs), so that every server of the portal hashes alike and a
 * rebuilt index counts people as before.
 */
@ApplicationScoped
public class PersonKeySecret {

    static final String NAME = "person-key-secret";

    @PersistenceContext(unitName = "search")
    EntityManager em;

    private volatile byte[] secret;

    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] get() {
        byte[] known = secret;
        if (known != null) {
            return known;
        }
        List<?> stored = em.createNativeQuery("SELECT setting_value FROM search_setting WHERE name = ?1")
                .setParameter(1, NAME).getResultList();
        if (stored.isEmpty()) {
            byte[] made = new byte[32];
            new SecureRandom().nextBytes(made);
            // Two servers starting together: the second insert fails its transaction, and its next round reads this one.
            em.createNativeQuery("INSERT INTO search_setting (name, setting_value) VALUES (?1, ?2)")
                    .setParameter(1, NAME).setParameter(2, Base64.getEncoder().encodeToString(made)).executeUpdate();
            known = made;
        } else {
            known = Base64.getDecoder().decode((String) stored.get(0));
        }
        secret = known;
        return known;
    }
}
