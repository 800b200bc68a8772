package org.sijill.extract.places;

import java.util.List;
import org.sijill.extract.KeyText;
import org.sijill.extract.places.PlaceTriggers.Role;

/**
 * Gives each site the place that encloses it. Curated sites name it in {@code sites.tsv}; other sites take the
 * nearest town named around them: first after them in the same sentence ({@code حي الدرعية بمدينة الرقة}),
 * then before them in the sentence, then before/after within {@value #WINDOW} chars. A neighbourhood that is
 * also a gazetteer point keeps that point only when it lies within {@value #NEIGHBOURHOOD_KM} km of that town.
 */
final class SiteEnclosure {

    private static final int WINDOW = 400;

    private static final int SENTENCE_TOKENS = 12;

    private static final double NEIGHBOURHOOD_KM = 10;

    private final KeyText text;

    SiteEnclosure(KeyText text) {
        this.text = text;
    }

    void enclose(List<PlaceMention> mentions) {
        for (PlaceMention m : mentions) {
            if (m.curated != null) {
                curated(m);
            } else if (m.isSite() && (m.place == null || m.role == Role.NEIGHBOURHOOD)) {
                Place town = enclosingTown(m, mentions);
                if (m.place != null && town != null && m.place.kmTo(town) <= NEIGHBOURHOOD_KM
                        && m.place != town && m.place.hasCoordinates()) {
                    m.precision = Precision.NEIGHBOURHOOD;   // the neighbourhood is itself a gazetteer point
                } else {
                    m.place = town;
                    m.precision = town == null ? precisionOfUnplaced(m)
                            : Precision.coarsest(Precision.of(town.kind()), Precision.TOWN);
                }
                m.ruleId = m.role.ruleId;
            }
        }
    }

    private static void curated(PlaceMention m) {
        Site s = m.curated;
        Place enc = s.enclosing();
        if (s.hasCoordinates()) {
            m.place = new Place("site:" + s.id(), PlaceKind.NEIGHBOURHOOD, "", s.nameAr(), s.kind(), enc.countryCode(),
                    enc.admin1Pcode(), enc.admin1NameEn(), enc.admin1NameAr(), enc.admin2Pcode(), enc.admin2NameEn(),
                    enc.admin2NameAr(), s.lat(), s.lon(), "sites");
            m.precision = Precision.SITE;
        } else {
            m.place = enc;
            m.precision = Precision.coarsest(Precision.of(enc.kind()), Precision.TOWN);
        }
        m.ruleId = "place.site-curated";
    }

    /** Unplaced sites keep the precision of what they name; their place stays null. */
    private static Precision precisionOfUnplaced(PlaceMention m) {
        return m.role == Role.NEIGHBOURHOOD ? Precision.NEIGHBOURHOOD : Precision.SITE;
    }

    private Place enclosingTown(PlaceMention site, List<PlaceMention> mentions) {
        for (boolean townOnly : new boolean[] {true, false}) {
            PlaceMention found = after(site, mentions, townOnly, true);
            found = found != null ? found : before(site, mentions, townOnly, true);
            found = found != null ? found : before(site, mentions, townOnly, false);
            found = found != null ? found : after(site, mentions, townOnly, false);
            if (found != null) {
                return found.place;
            }
        }
        return null;
    }

    private PlaceMention after(PlaceMention site, List<PlaceMention> mentions, boolean townOnly, boolean sentence) {
        for (PlaceMention m : mentions) {
            // "حاجز X شرق بلدة الصور": a direction right after the site places the site itself
            boolean adjacent = m.firstToken == site.lastToken;
            if (m.firstToken >= site.lastToken && usable(m, townOnly && !adjacent, townOnly)
                    && (sentence ? sameSentence(site.lastToken, m.firstToken) && m.firstToken - site.lastToken <= SENTENCE_TOKENS
                            : m.start - site.end <= WINDOW)) {
                return m;
            }
        }
        return null;
    }

    private PlaceMention before(PlaceMention site, List<PlaceMention> mentions, boolean townOnly, boolean sentence) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PlaceMention m = mentions.get(i);
            if (m.lastToken <= site.firstToken && usable(m, townOnly, townOnly)
                    && (sentence ? sameSentence(m.lastToken, site.firstToken) : site.start - m.end <= WINDOW)) {
                return m;
            }
        }
        return null;
    }

    /**
     * @param notDirectional "منبج شرقي حلب": a direction places a town relative to another, so it is not the
     *                       container of the next neighbourhood
     * @param townOnly       only towns (and sub-districts named after their seat)
     */
    private static boolean usable(PlaceMention m, boolean notDirectional, boolean townOnly) {
        if (m.isSite() || m.place == null || m.precision == Precision.COUNTRY || notDirectional && m.directional) {
            return false;
        }
        return !townOnly || m.place.kind() == PlaceKind.POPULATED_PLACE || m.place.kind() == PlaceKind.SUB_DISTRICT;
    }

    /** No sentence punctuation between token fromToken-1 and token toToken. */
    private boolean sameSentence(int fromToken, int toToken) {
        for (int k = Math.max(fromToken, 1); k <= toToken && k < text.size(); k++) {
            if (text.breakBefore(k)) {
                return false;
            }
        }
        return true;
    }
}
