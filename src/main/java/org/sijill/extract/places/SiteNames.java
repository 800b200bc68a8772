package org.sijill.extract.places;

import java.util.List;
import org.sijill.extract.KeyText;
import org.sijill.extract.PhraseIndex;

/**
 * The name after a site or neighbourhood trigger: {@code حاجز “كوع الخاشع”} (quoted), {@code مخيم الهول} (a
 * gazetteer name), {@code حي الانتفاضة} (one definite word). Descriptions ({@code سجن عسكري}، {@code مخيم
 * للنازحين}) and definite triggers ({@code السجن}) give no site.
 */
final class SiteNames {

    private static final java.util.regex.Pattern NOT_LETTER_OR_SPACE = java.util.regex.Pattern.compile("[^\\u0621-\\u064A ]");


    private static final int MAX_QUOTED_TOKENS = 4;

    private SiteNames() {
    }

    static PlaceMention parse(KeyText t, int j, PhraseIndex.Hit<PlaceTriggers.Role> trigger, PlaceTriggers.Role role,
            Gazetteer gazetteer, PlaceTriggers triggers) {
        String triggerPhrase = triggerPhrase(t, trigger, j);
        if (PlaceResolver.opensQuote(t, j)) {
            int last = j;
            while (last + 1 < t.size() && last - j + 1 < MAX_QUOTED_TOKENS && t.joinsNext(last) && !closesQuote(t, last)) {
                last++;
            }
            String phrase = join(t, j, last + 1);
            var curated = gazetteer.sites().get(triggerPhrase + " " + phrase);
            if (curated != null) {
                return mention(t, j, last + 1, triggerPhrase + " " + phrase, null, curated);
            }
            var named = gazetteer.names().get(phrase);
            if (named != null && !triggers.blocksName(phrase, PlaceTriggers.Strength.STRONG)) {
                return withCandidates(mention(t, j, last + 1, triggerPhrase + " " + phrase, phrase, null), named);
            }
            return triggers.blocksSite(phrase) ? null : mention(t, j, last + 1, triggerPhrase + " " + phrase, phrase, null);
        }
        var hit = gazetteer.names().longestAt(t, j, t.readings(j).subList(0, 1));
        if (hit.isPresent() && !triggers.blocksName(hit.get().phrase(), PlaceTriggers.Strength.STRONG)) {
            String phrase = hit.get().phrase();
            return withCandidates(mention(t, j, hit.get().last(), triggerPhrase + " " + phrase, phrase, null),
                    hit.get().value());
        }
        String word = t.token(j);
        if (word.startsWith("ال") && word.length() >= 4 && !triggers.blocksSite(word)) {
            return mention(t, j, j + 1, triggerPhrase + " " + word, word, null);
        }
        return null;
    }

    /** The trigger as the index knows it, without clitics (لسجن → سجن). */
    private static String triggerPhrase(KeyText t, PhraseIndex.Hit<PlaceTriggers.Role> trigger, int j) {
        return NOT_LETTER_OR_SPACE.matcher(t.text().substring(trigger.start(), t.end(j - 1))).replaceAll("").strip();
    }

    private static boolean closesQuote(KeyText t, int i) {
        String gap = t.gapAfter(i);
        for (int c = 0; c < gap.length(); c++) {
            if ("\"”»'’“".indexOf(gap.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String join(KeyText t, int from, int to) {
        var sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(t.token(i));
        }
        return sb.toString();
    }

    private static PlaceMention mention(KeyText t, int from, int to, String site, String surface, Site curated) {
        var m = new PlaceMention();
        m.start = t.start(from);
        m.end = t.end(to - 1);
        m.firstToken = from;
        m.lastToken = to;
        m.site = curated != null ? curated.nameAr() : site;
        m.curated = curated;
        m.surfaceKey = surface != null ? surface : site;
        return m;
    }

    private static PlaceMention withCandidates(PlaceMention m, List<NameEntry> candidates) {
        m.candidates = candidates;
        return m;
    }
}
