package org.sijill.extract.places;

/**
 * A place mention found in key-form text.
 *
 * @param start      key-form offset where the evidence starts (trigger word included: {@code ريف الرقة الغربي})
 * @param end        key-form offset after the evidence
 * @param surfaceKey the matched name in key form, clitics removed ({@code الرقه} for {@code بالرقة})
 * @param place      the resolved place (for a site: the enclosing place), or null when a site's enclosing place
 *                   could not be found
 * @param site       the site as named (curated name, or key-form text such as {@code حي الانتفاضه}); null if none
 * @param precision  how exactly the match locates the event
 * @param ruleId     stable rule id, e.g. {@code place.trigger-settlement}
 */
public record PlaceMatch(int start, int end, String surfaceKey, Place place, String site, Precision precision,
                         String ruleId) {
}
