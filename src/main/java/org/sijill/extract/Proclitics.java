package org.sijill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Readings of an Arabic token with its proclitics taken off, for lexicon lookup (Duckling's approach): at most
 * one conjunction (و ف), then one preposition (ب ل ك); {@code لل} is ل + the article with its alef elided, so
 * {@code للرقة} is also read as {@code الرقة}. A reading is only used when the rest is a lexicon entry, and the
 * unstripped token is always tried first, so {@code كوباني} stays itself.
 */
public final class Proclitics {

    /**
     * One reading: the first {@code prefixLength} chars of the token are clitics; {@code rest} is looked up.
     * {@code dropsArticle} marks a reading that also took off the article (الباغوز read as باغوز).
     */
    public record Reading(int prefixLength, String rest, boolean dropsArticle) {

        public Reading(int prefixLength, String rest) {
            this(prefixLength, rest, false);
        }
    }

    private static final String[] CONJUNCTIONS = {"", "و", "ف"};

    private static final String[] PREPOSITIONS = {"", "ب", "ل", "ك"};

    private static final int MIN_REST = 2;

    private Proclitics() {
    }

    public static List<Reading> readings(String token) {
        var out = new ArrayList<Reading>(6);
        out.add(new Reading(0, token));
        if (token.isEmpty() || KeyText.charClass(token.charAt(0)) != 1) {
            return out;
        }
        for (String conj : CONJUNCTIONS) {
            for (String prep : PREPOSITIONS) {
                String prefix = conj + prep;
                if (prefix.isEmpty() || !token.startsWith(prefix) || token.length() - prefix.length() < MIN_REST) {
                    continue;
                }
                String rest = token.substring(prefix.length());
                out.add(new Reading(prefix.length(), rest));
                if (prep.equals("ل") && rest.startsWith("ل") && rest.length() > MIN_REST) {
                    // للرقة: the second lam is the article's; span starts at it, lookup restores the alef
                    out.add(new Reading(prefix.length(), "ا" + rest));
                }
            }
        }
        return out;
    }

    /** True when the reading took off a preposition (ب ل ك), e.g. بالرقة, لقسد. */
    /**
     * The readings plus, for each one starting with the article, the same without it: GeoNames writes many
     * villages bare (باغوز, شحيل) where the press writes الباغوز, الشحيل. Callers must treat these as weaker.
     */
    public static List<Reading> readingsWithoutArticle(String token) {
        var out = new ArrayList<>(readings(token));
        for (Reading r : List.copyOf(out)) {
            if (r.rest().startsWith("ال") && r.rest().length() >= 5) {
                int restored = r.rest().length() - (token.length() - r.prefixLength());
                out.add(new Reading(r.prefixLength() + 2 - restored, r.rest().substring(2), true));
            }
        }
        return out;
    }

    public static boolean hasPreposition(String token, Reading reading) {
        return reading.prefixLength() > 0 && containsPreposition(token.substring(0, reading.prefixLength()));
    }

    private static boolean containsPreposition(String prefix) {
        return prefix.endsWith("ب") || prefix.endsWith("ل") || prefix.endsWith("ك");
    }
}
