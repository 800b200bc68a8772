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

    private static final int MIN_REST = 2;

    private Proclitics() {
    }

    public static List<Reading> readings(String token) {
        Reading whole = new Reading(0, token);
        if (token.length() <= MIN_REST || KeyText.charClass(token.charAt(0)) != 1 || !isClitic(token.charAt(0))) {
            return List.of(whole);
        }
        var out = new ArrayList<Reading>(4);
        out.add(whole);
        int i = 0;
        if (isConjunction(token.charAt(0))) {
            out.add(new Reading(1, token.substring(1)));
            i = 1;
        }
        if (i < token.length() && isPreposition(token.charAt(i)) && token.length() - (i + 1) >= MIN_REST) {
            String rest = token.substring(i + 1);
            out.add(new Reading(i + 1, rest));
            if (token.charAt(i) == 'ل' && rest.charAt(0) == 'ل' && rest.length() > MIN_REST) {
                // للرقة: the second lam is the article's; span starts at it, lookup restores the alef
                out.add(new Reading(i + 1, "ا" + rest));
            }
        }
        return out;
    }

    private static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static boolean isClitic(char c) {
        return isConjunction(c) || isPreposition(c);
    }

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

    /** Letters a word must keep after the article for it to be one: "الهجوم" has it, "الي" (إلى) and "والده" not. */
    private static final int MIN_AFTER_ARTICLE = 3;

    /**
     * The key-form token carries the article, after at most one conjunction and one preposition: "الهجوم", "والقتلى",
     * "فالانفجار", "وبالقصف", and "للهجوم", "وللمدنيين" (ل + ال, the alef elided). "لهجوم" has none; nor has
     * "لالتفاف" (ل + التفاف, whose alef is the verbal noun's own).
     */
    public static boolean definite(String token) {
        int i = 0;
        if (token.length() > 1 && isConjunction(token.charAt(0))) {
            i = 1;
        }
        if (i < token.length() && isPreposition(token.charAt(i))) {
            if (token.charAt(i) == 'ل') {
                return token.startsWith("ل", i + 1) && token.length() - (i + 2) >= MIN_AFTER_ARTICLE;
            }
            i++;
        }
        return token.startsWith("ال", i) && token.length() - (i + 2) >= MIN_AFTER_ARTICLE;
    }

    public static boolean hasPreposition(String token, Reading reading) {
        return reading.prefixLength() > 0 && containsPreposition(token.substring(0, reading.prefixLength()));
    }

    private static boolean containsPreposition(String prefix) {
        return prefix.endsWith("ب") || prefix.endsWith("ل") || prefix.endsWith("ك");
    }
}
