package org.sijill.extract.model;

/** ACLED event types. */
public enum EventType {
    BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, STRATEGIC_DEVELOPMENTS, PROTESTS, RIOTS
}
