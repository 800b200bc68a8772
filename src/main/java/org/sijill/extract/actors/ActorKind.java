package org.sijill.extract.actors;

/** What kind of actor: who fights, who governs, who is a victim. */
public enum ActorKind {
    ARMED_GROUP, STATE_FORCES, SECURITY_FORCES, MILITIA, COALITION, AUTHORITY, CIVILIANS, UNKNOWN
}
