package org.sijill.extract.model;

import java.util.List;

/**
 * An event as one article tells it.
 *
 * @param role REPORTS when the article reports the event, REFERENCES when it only alludes to it in passing
 */
public record IncidentMention(int ordinal, Role role, String eventType, String subEventType, DateSpan date,
        Location location, List<ActorRole> actors, Evidence evidence, String ruleId) {

    public enum Role { REPORTS, REFERENCES }
}
