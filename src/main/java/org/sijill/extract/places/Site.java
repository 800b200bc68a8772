package org.sijill.extract.places;

/**
 * A named site finer than the gazetteer (prison, camp, oil field, checkpoint, neighbourhood) from
 * {@code gazetteer/sites.tsv}. It sits in {@code enclosing}; lat/lon are set only when a real source gives them.
 *
 * @param kind PRISON, CAMP, OIL_FIELD, NEIGHBOURHOOD, CROSSING, AIRPORT, DAM, BASE… (as written in the file)
 */
public record Site(String id, String nameAr, String kind, Place enclosing, Double lat, Double lon,
                   String coordinateSource) {

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
