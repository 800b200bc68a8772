package org.sijill.extract.actors;

/**
 * An actor mention in key-form text, {@code [start, end)} in key-form offsets.
 *
 * @param ruleId   {@code actor.alias}, {@code actor.alias-context}, {@code actor.anaphora} or
 *                 {@code actor.anaphora-default}
 * @param inferred true when the text does not name the actor here (anaphora: التنظيم، عناصره)
 */
public record ActorMatch(int start, int end, String actorId, String ruleId, boolean inferred) {
}
