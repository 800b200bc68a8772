package org.sijill.extract.model;

/**
 * Where an event happened, as precisely as the text and the gazetteer allow.
 *
 * @param precision SITE | NEIGHBOURHOOD | TOWN | DISTRICT | GOVERNORATE | COUNTRY
 */
public record Location(String country, String admin1, String admin1Name, String admin1NameAr, String admin2,
        String admin2Name, String admin2NameAr, String placeId, String placeName, String placeNameAr, String site,
        Double lat, Double lon, String precision) {

    public static Location unknown() {
        return new Location("SY", null, null, null, null, null, null, null, null, null, null, null, null, "COUNTRY");
    }
}
