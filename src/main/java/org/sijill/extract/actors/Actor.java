package org.sijill.extract.actors;

import java.time.LocalDate;

/**
 * One actor of {@code lexicon/actors.tsv}.
 *
 * @param parentId  the actor it belongs to (asayish → sdf), or null
 * @param validFrom first day the actor exists under this id (inclusive), or null
 * @param validTo   last day (inclusive), or null
 */
public record Actor(String id, String nameEn, String nameAr, ActorKind kind, String parentId, LocalDate validFrom,
                    LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
