package org.sijill.extract.model;

/** Something recognised in the text: kind PLACE, ACTOR, DATE, NUMBER or SOURCE, a normalised value, the words. */
public record Mention(String kind, String value, Evidence evidence, String ruleId) {
}
