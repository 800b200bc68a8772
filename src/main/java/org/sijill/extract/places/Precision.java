package org.sijill.extract.places;

/** How exactly a match locates the event, finest first (maps onto ACLED/UCDP geo-precision). */
public enum Precision {
    SITE, NEIGHBOURHOOD, TOWN, DISTRICT, GOVERNORATE, COUNTRY;

    /** One step coarser ("east of the town" is no longer the town), never beyond COUNTRY. */
    public Precision coarser() {
        return this == COUNTRY ? COUNTRY : values()[ordinal() + 1];
    }

    public static Precision coarsest(Precision a, Precision b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** The precision a place has when the text names it and nothing finer. */
    public static Precision of(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY -> COUNTRY;
            case GOVERNORATE -> GOVERNORATE;
            case DISTRICT, SUB_DISTRICT -> DISTRICT;
            case POPULATED_PLACE -> TOWN;
            case NEIGHBOURHOOD -> NEIGHBOURHOOD;
        };
    }
}
