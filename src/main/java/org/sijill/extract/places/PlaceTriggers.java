package org.sijill.extract.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sijill.extract.KeyText;
import org.sijill.extract.PhraseIndex;
import org.sijill.extract.Tsv;

/** Trigger words and stopwords for place names, from {@code lexicon/ar/place-triggers.tsv} and {@code place-stopwords.tsv}. */
public final class PlaceTriggers {

    static final String TRIGGERS = "lexicon/ar/place-triggers.tsv";

    static final String STOPWORDS = "lexicon/ar/place-stopwords.tsv";

    /** How strongly a trigger says "a place name follows". */
    enum Strength { NONE, WEAK, MEDIUM, STRONG }

    /** What a trigger word says about the name after it; the file's role column. */
    public enum Role {
        SETTLEMENT("place.trigger-settlement", Strength.STRONG),
        GOVERNORATE("place.trigger-governorate", Strength.STRONG),
        DISTRICT("place.trigger-district", Strength.STRONG),
        SUB_DISTRICT("place.trigger-subdistrict", Strength.STRONG),
        COUNTRYSIDE("place.countryside", Strength.STRONG),
        COUNTRYSIDE_DEF("place.countryside", Strength.STRONG),
        NEIGHBOURHOOD("place.neighbourhood", Strength.STRONG),
        SITE("place.site-named", Strength.STRONG),
        DIRECTION("place.direction", Strength.MEDIUM),
        NEAR("place.near", Strength.MEDIUM),
        PREPOSITION("place.preposition", Strength.WEAK),
        DIRECTION_ADJ("place.direction", Strength.NONE),
        /** شبكة دير الزور 24، مجلس منبج العسكري: the name after it belongs to an outlet or a body, not a place. */
        NAME_OWNER("", Strength.NONE);

        final String ruleId;

        final Strength strength;

        Role(String ruleId, Strength strength) {
            this.ruleId = ruleId;
            this.strength = strength;
        }

        /** Qualifiers may be followed by another trigger: شرق بلدة الصور، في مدينة الرقة. */
        boolean qualifier() {
            return this == DIRECTION || this == NEAR || this == PREPOSITION;
        }
    }

    enum StopScope { NAME, ALWAYS, SITE }

    private final PhraseIndex<Role> triggers = new PhraseIndex<>();

    private final Map<String, StopScope> stopwords = new HashMap<>();

    private final Set<String> siteStopwords = new HashSet<>();

    public PlaceTriggers(UnaryOperator<String> key) {
        for (String[] r : Tsv.read(TRIGGERS, 2)) {
            String k = KeyText.phrase(key.apply(r[0]));
            triggers.put(k, Role.valueOf(r[1]));
            if (!k.contains(" ")) {
                stopwords.putIfAbsent(k, StopScope.NAME);
                stopwords.putIfAbsent("ال" + k, StopScope.NAME);
            }
        }
        for (String[] r : Tsv.read(STOPWORDS, 2)) {
            String k = KeyText.phrase(key.apply(r[0]));
            StopScope scope = StopScope.valueOf(r[1]);
            if (scope == StopScope.SITE) {
                siteStopwords.add(k);
            } else {
                stopwords.merge(k, scope, (a, b) -> a == StopScope.ALWAYS || b == StopScope.ALWAYS ? StopScope.ALWAYS : a);
            }
        }
    }

    PhraseIndex<Role> triggers() {
        return triggers;
    }

    /** True when a key-form name may not be a place after a trigger of this strength. */
    boolean blocksName(String phrase, Strength strength) {
        StopScope s = stopwords.get(phrase);
        return s == StopScope.ALWAYS || (s == StopScope.NAME && strength != Strength.STRONG);
    }

    /** True when a word after سجن/مخيم… is a description, not a name (سجن عسكري). */
    boolean blocksSite(String phrase) {
        return siteStopwords.contains(phrase) || stopwords.containsKey(phrase);
    }
}
