package org.sijill.extract.model;

import java.time.LocalDate;

/**
 * One casualty number read from an article.
 *
 * @param partOf ordinal of the figure this one is a subset of ("6, including 3 Asayish"), or null
 * @param mention ordinal of the incident mention it belongs to; null for AGGREGATE figures
 */
public record FigureFact(int ordinal, Scope scope, String actorId, Outcome outcome, Quantity count, Integer partOf,
        Attribution attributedTo, LocalDate periodStart, LocalDate periodEnd, Evidence evidence, String ruleId,
        Integer mention) {
}
