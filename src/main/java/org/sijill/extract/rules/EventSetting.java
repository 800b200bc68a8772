package org.sijill.extract.rules;

import java.util.List;
import org.sijill.extract.places.PlaceMatch;
import org.sijill.extract.places.Precision;
import org.sijill.text.DateMention;

/**
 * Where and when an event word's clause sets its event: the place its clause names ("هجوم على حاجز في بلدة ذيبان"),
 * else one set before the sentence's first comma ("وفي مدينة الباب أيضاً، اختطف ..."); the date its clause names,
 * else the first date of its sentence. A place in another clause belongs to what that clause says, and a country
 * says nothing about where in it.
 */
final class EventSetting {

    private EventSetting() {
    }

    /**
     * The place of the event word at tokens [from, to). After the article's first event, a definite word ("وتأتي
     * الغارة بعد يومين من قصف ... في ريف تل تمر") names the event already told: a place well after it belongs to
     * what the rest of the clause says.
     */
    static PlaceMatch placeOf(Tokens t, int from, int to, List<PlaceMatch> places, boolean afterFirstEvent) {
        PlaceMatch own = placeFor(t, from, places);
        if (own != null && EventSeparation.definite(t, from) && afterFirstEvent && t.indexAt(own.start()) > to + 3) {
            return null;
        }
        return own;
    }

    /**
     * The place its clause names (the first after the trigger, else the last before it). A place in another clause
     * belongs to what that clause says ("وعن أسباب الهجوم قالت الوكالة، إنه جاء ... في مخيم الهول"), and a country
     * says nothing about where in it: neither counts.
     */
    private static PlaceMatch placeFor(Tokens t, int trigger, List<PlaceMatch> places) {
        PlaceMatch before = null;
        PlaceMatch fronted = null; // "وفي مدينة الباب أيضاً، اختطف ...": a place set before the sentence's first comma
        int first = t.firstOfSentence(t.get(trigger).sentence());
        boolean opensWithPlace = first >= 0 && (t.get(first).text().equals("في") || t.get(first).text().equals("وفي"))
                && !t.sameClause(first, trigger);
        for (PlaceMatch p : places) {
            int at = t.indexAt(p.start());
            if (opensWithPlace && at < t.size() && at < trigger && t.sameClause(at, first)
                    && p.precision() != Precision.COUNTRY && fronted == null) {
                fronted = p;
            }
            if (at >= t.size() || !t.sameClause(at, trigger) || p.precision() == Precision.COUNTRY) {
                continue;
            }
            if (at >= trigger) {
                return p;
            }
            before = p;
        }
        return before != null ? before : fronted;
    }

    /** The date its clause names, else the first its sentence names; null if none. */
    static DateMention dateFor(Tokens t, int trigger, List<DateMention> dates) {
        DateMention sentence = null;
        for (DateMention d : dates) {
            int at = t.indexAt(d.key().start());
            if (at < t.size() && t.sameSentence(at, trigger)) {
                if (t.sameClause(at, trigger)) {
                    return d;
                }
                if (sentence == null) {
                    sentence = d;
                }
            }
        }
        return sentence;
    }

    /** Dated by a month or a year only ("في يناير", "عام 2019"), however well the year is known. */
    static boolean isCoarse(DateMention d) {
        String p = d.date().precision().name();
        return p.equals("MONTH") || p.equals("YEAR") || d.rule().equals("date.month")
                || d.rule().equals("date.month-year") || d.rule().equals("date.year");
    }

    /** The two dates may be the same day: neither range ends before the other starts. */
    static boolean overlap(DateMention a, DateMention b) {
        var x = a.date();
        var y = b.date();
        boolean xBeforeY = x.end() != null && y.start() != null && x.end().isBefore(y.start());
        boolean yBeforeX = y.end() != null && x.start() != null && y.end().isBefore(x.start());
        return !xBeforeY && !yBeforeX;
    }
}
