package org.sijill.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.places.PlaceMatch;
import org.sijill.text.DateMention;

/**
 * Finds the events an article tells of. Every event word (lexicon {@code event-triggers.tsv}) becomes a candidate
 * with the place and date its clause (else its sentence) names; a candidate that names no place continues the
 * event before it. Candidates at compatible places with the same event type are one event. A candidate is a
 * passing reference when a marker says so ({@code بعد الهجوم ...}, {@code لا تشمل عملية ...}) or when, after the
 * article's first event, it is dated only to a month or a year; merged with a reported event it is reported.
 *
 * <p>Rule ids: {@code event.trigger} (reported), {@code event.reference} (passing reference).
 *
 * <p>Here, which words are events and which sentences are tallies of many; {@link EventSetting} finds a candidate's
 * place and date, {@link PassingReferences} says whether it is a reference, {@link CasualtyOnlyEvents} adds the
 * events told only by a casualty figure, and {@link EventMerger} (with {@link EventSeparation}) merges the candidates
 * into events.
 */
public final class EventRules {

    /** An event mention under construction: its candidates, strongest first decides the type. */
    public static final class Group {
        final List<EventCandidate> members = new ArrayList<>();
        EventCandidate strongest;
        PlaceMatch place;
        DateMention date;
        /** For a group whose words name no date: the date of the event told just before it, which it continues. */
        DateMention implied;
        Role role;

        Group(EventCandidate c) {
            add(c);
        }

        void add(EventCandidate c) {
            members.add(c);
            if (strongest == null || c.priority() < strongest.priority()) {
                strongest = c;
            }
            if (c.place() != null && (place == null || finer(c.place(), place))) {
                place = c.place();
            }
            boolean dates = c.role() == Role.REPORTS || role != Role.REPORTS; // a reference never dates a report
            if (dates && c.date() != null && (date == null || narrower(c.date(), date))) {
                date = c.date();
            }
            role = role == Role.REPORTS || c.role() == Role.REPORTS ? Role.REPORTS : Role.REFERENCES;
        }

        /** A candidate that names no place of its own: it adds to this event but cannot change its role. */
        void continueWith(EventCandidate c) {
            Role kept = role;
            add(c);
            role = kept;
        }

        public List<EventCandidate> members() {
            return members;
        }

        public EventCandidate strongest() {
            return strongest;
        }

        public PlaceMatch place() {
            return place;
        }

        public DateMention date() {
            return date;
        }

        public Role role() {
            return role;
        }
    }

    record Trigger(String eventType, String subEventType, int priority) {
    }

    private final PhraseTable<Trigger> triggers;

    private final PassingReferences references;

    private final FigureLexicon figureLexicon;

    public EventRules(UnaryOperator<String> key, FigureLexicon figureLexicon) {
        this.triggers = PhraseTable.load("/lexicon/ar/event-triggers.tsv", key, true,
                r -> new Trigger(r[1], r[2], Integer.parseInt(r[3].strip())));
        this.references = new PassingReferences(key);
        this.figureLexicon = figureLexicon;
    }

    public List<Group> find(Reading r, List<PlaceMatch> places, List<DateMention> dates, List<FoundFigure> figures) {
        Tokens t = r.tokens();
        var skipSentences = new HashSet<Integer>();
        for (var hit : figureLexicon.context.findAll(t)) {
            if (hit.value() == FigureLexicon.Context.AGGREGATE) {
                skipSentences.add(t.get(hit.from()).sentence()); // a tally over many events is not an event
            }
        }
        Set<Integer> referenceSentences = references.markedSentences(t);
        var candidates = new ArrayList<EventCandidate>();
        for (var hit : triggers.findAll(t)) {
            int sentence = t.get(hit.from()).sentence();
            boolean reference = references.marked(t, hit.from(), referenceSentences);
            if (skipSentences.contains(sentence) && !reference) {
                continue; // a tally's "199 عملية" is no event; "لا تشمل عملية سجن غويران" still names one
            }
            PlaceMatch place = EventSetting.placeOf(t, hit.from(), hit.to(), places, !candidates.isEmpty());
            DateMention date = EventSetting.dateFor(t, hit.from(), dates);
            reference = reference || PassingReferences.background(date, !candidates.isEmpty());
            candidates.add(new EventCandidate(hit.from(), hit.to(), hit.value().eventType(),
                    hit.value().subEventType(), hit.value().priority(), reference ? Role.REFERENCES : Role.REPORTS,
                    place, date, sentence));
        }
        CasualtyOnlyEvents.add(t, candidates, places, dates, figures, skipSentences);
        candidates.sort(Comparator.comparingInt(EventCandidate::from));
        return EventMerger.merge(t, candidates, places.isEmpty() ? null : places.get(0));
    }

    private static boolean narrower(DateMention a, DateMention b) {
        long da = a.date().days();
        long db = b.date().days();
        return da > 0 && (db <= 0 || da < db);
    }

    private static boolean finer(PlaceMatch a, PlaceMatch b) {
        return a.place() != null && (b.place() == null || a.precision().ordinal() < b.precision().ordinal());
    }
}
