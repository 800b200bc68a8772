package org.sijill.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The version of everything the API serves: a counter the database bumps once per committed write (triggers in
 * {@code V3__api_writes_and_data_version.sql}), including every re-derivation of the incidents, which also runs at each
 * start, so a new deployment gets new numbers too. One primary-key read.
 */
@ApplicationScoped
public class DataVersion {

    @Inject
    EntityManager em;

    public long current() {
        return ((Number) em.createNativeQuery("select version from data_version where id = 1").getSingleResult())
                .longValue();
    }
}
