package org.sijill.extract.rules;

import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.places.PlaceMatch;
import org.sijill.text.DateMention;

/**
 * One event trigger with what its clause says about it: place, date, whether it is a passing reference. Candidates
 * of one article are merged into incident mentions by {@link EventRules}.
 */
record EventCandidate(int from, int to, String eventType, String subEventType, int priority, Role role,
        PlaceMatch place, DateMention date, int sentence) {

    EventCandidate withPlace(PlaceMatch p) {
        return new EventCandidate(from, to, eventType, subEventType, priority, role, p, date, sentence);
    }
}
