package org.sijill.extract.places;

/** What a gazetteer entry is: an administrative unit, a populated place or a neighbourhood. */
public enum PlaceKind {
    COUNTRY, GOVERNORATE, DISTRICT, SUB_DISTRICT, POPULATED_PLACE, NEIGHBOURHOOD
}
