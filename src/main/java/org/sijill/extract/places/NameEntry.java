package org.sijill.extract.places;

/**
 * One place a key-form name may refer to.
 *
 * @param wellKnown the name may match with no trigger word (governorates, districts, seats, curated aliases)
 * @param alias     the name comes from the curated {@code gazetteer/aliases.tsv}
 */
public record NameEntry(Place place, boolean wellKnown, boolean alias) {
}
