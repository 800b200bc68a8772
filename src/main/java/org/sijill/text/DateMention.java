package org.sijill.text;

/**
 * A date expression found in a text and resolved against the publication date.
 *
 * @param key       span in the key view
 * @param original  span in the original; its quote is the evidence ({@code مساء أمس، الاثنين})
 * @param date      the resolved range, with its basis
 * @param rule      stable rule id: {@code date.relative-day}, {@code date.day-month-year}, {@code date.weekday} ...
 * @param partOfDay DAWN, MORNING, NOON, AFTERNOON, EVENING or NIGHT when the text says ({@code مساء}), else null
 * @param since     {@code منذ ...}: the range runs from the date to publication (an ongoing episode)
 */
public record DateMention(Span key, Span original, DateRange date, String rule, String partOfDay, boolean since) {
}
