package org.sijill.extract.places;

import java.util.List;

/** Working state of one candidate mention while {@link PlaceResolver} scans and {@link PlaceChooser} decides. */
final class PlaceMention {

    int start;

    int end;

    int firstToken;

    int lastToken;

    String surfaceKey;

    /** Null for a bare name. */
    PlaceTriggers.Role role;

    PlaceTriggers.Strength strength = PlaceTriggers.Strength.NONE;

    /** شرق X، جنوبي X: X located only roughly. */
    boolean directional;

    /** Matched only after dropping the article (الباغوز → باغوز). */
    boolean articleVariant;

    List<NameEntry> candidates = List.of();

    /** Site name as written (key form) or curated name; null when not a site. */
    String site;

    Site curated;

    /** Result. */
    Place place;

    Precision precision;

    String ruleId;

    boolean isSite() {
        return site != null;
    }

    PlaceMatch toMatch() {
        return new PlaceMatch(start, end, surfaceKey, place, site, precision, ruleId);
    }
}
