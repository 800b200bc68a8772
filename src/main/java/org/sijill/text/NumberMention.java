package org.sijill.text;

/**
 * A number expression found in a text: where it is, what it counts, and what kind of number it is.
 *
 * @param key      span in the key view (qualifier included: {@code نحو 900})
 * @param original span in the original text; its quote is the exact evidence
 * @param count    the value; for non-counts the plain number read (a year's value, an ordinal's rank)
 * @param kind     {@link NumberKind#COUNT} or what it is instead
 * @param rule     stable id of the rule that read it, e.g. {@code number.digits}, {@code number.words}
 */
public record NumberMention(Span key, Span original, Count count, NumberKind kind, String rule) {

    public boolean isCount() {
        return kind == NumberKind.COUNT;
    }
}
