package org.sijill.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each incident's casualties over all sides, per outcome, as stored by the incident rebuild (no double counting). */
@ApplicationScoped
public class CasualtyTotals {

    @Inject
    EntityManager em;

    public record Total(int low, int best, int high) {
    }

    /** incident id → outcome → total; incidents without casualties are absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Total>> of(List<String> incidentIds) {
        var out = new HashMap<String, Map<String, Total>>();
        if (incidentIds.isEmpty()) {
            return out;
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select incident_id, outcome, low, best, high from incident_total where incident_id in :ids""")
                .setParameter("ids", incidentIds).getResultList()) {
            out.computeIfAbsent((String) r[0], k -> new HashMap<>())
                    .put((String) r[1], new Total((Integer) r[2], (Integer) r[3], (Integer) r[4]));
        }
        return out;
    }
}
