package org.sijill.extract.places;

/**
 * One gazetteer entry. Ids: OCHA P-code for admin units ({@code SY08}, {@code SY0800}, {@code SY080006}),
 * {@code wof:<id>} or {@code gn:<id>} for syria-places / iraq-border-places rows, {@code osm:<node>} for the ODbL
 * OpenStreetMap fallback, {@code country:SY} for countries. Iraqi places carry the HASC code ({@code IQ.NI}) as
 * admin1 code and no admin2 code. lat/lon are null when no real source gives them (countries).
 *
 * @param featureCode GeoNames feature code (PPLA, PPLA2, PPL…), OSM {@code place=} value, or "" for admin units
 * @param dataset     file the entry comes from, so ODbL-derived results stay traceable
 */
public record Place(String id, PlaceKind kind, String nameEn, String nameAr, String featureCode, String countryCode,
                    String admin1Pcode, String admin1NameEn, String admin1NameAr, String admin2Pcode,
                    String admin2NameEn, String admin2NameAr, Double lat, Double lon, String dataset) {

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** Great-circle distance in km, or +inf when either side has no coordinates. */
    public double kmTo(Place other) {
        if (!hasCoordinates() || !other.hasCoordinates()) {
            return Double.POSITIVE_INFINITY;
        }
        double p = Math.PI / 180;
        double a = 0.5 - Math.cos((other.lat - lat) * p) / 2
                + Math.cos(lat * p) * Math.cos(other.lat * p) * (1 - Math.cos((other.lon - lon) * p)) / 2;
        return 12742 * Math.asin(Math.sqrt(a));
    }
}
