package org.sijill.extract.model;

/** An actor's part in an event. */
public record ActorRole(String actorId, Role role) {

    public enum Role { PERPETRATOR, TARGET, PARTICIPANT, VICTIM }
}
