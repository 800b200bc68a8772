package org.sijill.extract.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.model.Outcome;
import org.sijill.extract.places.PlaceMatch;
import org.sijill.extract.places.Precision;
import org.sijill.text.DateMention;

/**
 * A sentence that reports casualties but names no event ("قتل مدني برصاص مجهولين في بلدة الصبحة") still tells of
 * one: its first figure stands for it, typed by what the figure says (arrests; civilians harmed: an attack on
 * civilians; others: an armed clash), at the first place its sentence names short of a country.
 */
final class CasualtyOnlyEvents {

    /** Weaker than every event word (priorities 1 to 8): a word that names the event sets its type. */
    private static final int PRIORITY = 9;

    private CasualtyOnlyEvents() {
    }

    /**
     * Adds a candidate for each sentence with a figure and no candidate yet; a tally ({@code aggregate}) and the
     * sentences in {@code skipSentences} (tallies over many events) tell of none.
     */
    static void add(Tokens t, List<EventCandidate> candidates, List<PlaceMatch> places, List<DateMention> dates,
            List<FoundFigure> figures, Set<Integer> skipSentences) {
        var covered = new HashSet<Integer>();
        for (EventCandidate c : candidates) {
            covered.add(c.sentence());
        }
        for (FoundFigure f : figures) {
            int sentence = t.get(f.from()).sentence();
            if (f.aggregate() || covered.contains(sentence) || skipSentences.contains(sentence)) {
                continue;
            }
            covered.add(sentence);
            String type;
            String sub;
            if (f.outcome() == Outcome.ARRESTED) {
                type = "STRATEGIC_DEVELOPMENTS";
                sub = "ARRESTS";
            } else if ("civilians".equals(f.actorId())) {
                type = "VIOLENCE_AGAINST_CIVILIANS";
                sub = "ATTACK";
            } else {
                type = "BATTLES";
                sub = "ARMED_CLASH";
            }
            DateMention date = EventSetting.dateFor(t, f.from(), dates);
            // as for event words: dated only to a month or a year after the article's first event, it is background
            boolean background = PassingReferences.background(date, !candidates.isEmpty());
            candidates.add(new EventCandidate(f.from(), f.to(), type, sub, PRIORITY, background ? Role.REFERENCES
                    : Role.REPORTS, placeInSentence(t, f.from(), places), date, sentence));
        }
    }

    private static PlaceMatch placeInSentence(Tokens t, int figure, List<PlaceMatch> places) {
        for (PlaceMatch p : places) {
            int at = t.indexAt(p.start());
            if (at < t.size() && t.sameSentence(at, figure) && p.precision() != Precision.COUNTRY) {
                return p;
            }
        }
        return null;
    }
}
