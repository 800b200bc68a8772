package org.sijill.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.places.PlaceMatch;
import org.sijill.extract.places.Precision;
import org.sijill.text.DateMention;

/**
 * Finds the events an article tells of. Every event word (lexicon {@code event-triggers.tsv}) becomes a candidate
 * with the place and date its clause (else its sentence) names; a candidate that names no place continues the
 * event before it. Candidates at compatible places with the same event type are one event. A candidate is a
 * passing reference when a marker says so ({@code بعد الهجوم ...}, {@code لا تشمل عملية ...}) or when, after the
 * article's first event, it is dated only to a month or a year; merged with a reported event it is reported.
 *
 * <p>Rule ids: {@code event.trigger} (reported), {@code event.reference} (passing reference).
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

    private static final Set<Precision> COARSE = Set.of(Precision.GOVERNORATE, Precision.DISTRICT, Precision.COUNTRY);
    private static final Set<Precision> FINE = Set.of(Precision.SITE, Precision.NEIGHBOURHOOD);

    private final PhraseTable<Trigger> triggers;
    private final PhraseTable<String> markers;
    private final FigureLexicon figureLexicon;

    public EventRules(UnaryOperator<String> key, FigureLexicon figureLexicon) {
        this.triggers = PhraseTable.load("/lexicon/ar/event-triggers.tsv", key, true,
                r -> new Trigger(r[1], r[2], Integer.parseInt(r[3].strip())));
        this.markers = PhraseTable.load("/lexicon/ar/reference-markers.tsv", key, true, r -> r[1]);
        this.figureLexicon = figureLexicon;
    }

    public List<Group> find(Reading r, List<PlaceMatch> places, List<DateMention> dates, List<FoundFigure> figures) {
        Tokens t = r.tokens();
        var skipSentences = new java.util.HashSet<Integer>();
        var referenceSentences = new java.util.HashSet<Integer>();
        for (var hit : figureLexicon.context.findAll(t)) {
            if (hit.value() == FigureLexicon.Context.AGGREGATE) {
                skipSentences.add(t.get(hit.from()).sentence()); // a tally over many events is not an event
            }
        }
        for (var hit : markers.findAll(t)) {
            if ("SENTENCE".equals(hit.value())) {
                referenceSentences.add(t.get(hit.from()).sentence());
            }
        }
        var candidates = new ArrayList<EventCandidate>();
        for (var hit : triggers.findAll(t)) {
            int sentence = t.get(hit.from()).sentence();
            boolean reference = referenceSentences.contains(sentence) || markedBefore(t, hit.from())
                    || markedEarlierInSentence(t, hit.from());
            PlaceMatch own = placeFor(t, hit.from(), places);
            if (own != null && definite(t, hit.from()) && !candidates.isEmpty()
                    && t.indexAt(own.start()) > hit.to() + 3) {
                // "وتأتي الغارة بعد يومين من قصف ... في ريف تل تمر": "the strike" is the one already told; the
                // place further on belongs to what the rest of the clause says
                own = null;
            }
            if (skipSentences.contains(sentence) && !reference) {
                continue; // a tally's "199 عملية" is no event; "لا تشمل عملية سجن غويران" still names one
            }
            PlaceMatch place = own;
            DateMention date = dateFor(t, hit.from(), dates);
            if (!reference && !candidates.isEmpty() && date != null && isCoarse(date)) {
                reference = true; // background: "هجوما كبيرا ... في يناير" after the article's own event
            }
            candidates.add(new EventCandidate(hit.from(), hit.to(), hit.value().eventType(),
                    hit.value().subEventType(), hit.value().priority(), reference ? Role.REFERENCES : Role.REPORTS,
                    place, date, sentence));
        }
        addCasualtyOnlyEvents(t, candidates, places, dates, figures, skipSentences);
        candidates.sort(java.util.Comparator.comparingInt(EventCandidate::from));
        return merge(t, candidates, places.isEmpty() ? null : places.get(0));
    }

    /** The trigger word carries the article (after any conjunction or preposition): "الهجوم", "والغارة". */
    private static boolean definite(Tokens t, int trigger) {
        String w = t.get(trigger).text();
        for (String p : new String[] { "", "و", "ف", "ب", "وب", "ل", "ول" }) {
            if (w.startsWith(p + "ال") && w.length() > p.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that reports casualties but names no event ("قتل مدني برصاص مجهولين في بلدة الصبحة") still tells of
     * one: its first figure stands for it, typed by what the figure says (arrests; civilians harmed: an attack on
     * civilians; others: an armed clash).
     */
    private static void addCasualtyOnlyEvents(Tokens t, List<EventCandidate> candidates, List<PlaceMatch> places,
            List<DateMention> dates, List<FoundFigure> figures, java.util.Set<Integer> skipSentences) {
        var covered = new java.util.HashSet<Integer>();
        candidates.forEach(c -> covered.add(c.sentence()));
        for (FoundFigure f : figures) {
            int sentence = t.get(f.from()).sentence();
            if (f.aggregate() || covered.contains(sentence) || skipSentences.contains(sentence)) {
                continue;
            }
            covered.add(sentence);
            String type;
            String sub;
            if (f.outcome() == org.sijill.extract.model.Outcome.ARRESTED) {
                type = "STRATEGIC_DEVELOPMENTS";
                sub = "ARRESTS";
            } else if ("civilians".equals(f.actorId())) {
                type = "VIOLENCE_AGAINST_CIVILIANS";
                sub = "ATTACK";
            } else {
                type = "BATTLES";
                sub = "ARMED_CLASH";
            }
            PlaceMatch place = null;
            for (PlaceMatch p : places) {
                int at = t.indexAt(p.start());
                if (at < t.size() && t.sameSentence(at, f.from()) && p.precision() != Precision.COUNTRY) {
                    place = p;
                    break;
                }
            }
            DateMention date = dateFor(t, f.from(), dates);
            // as for event words: dated only to a month or a year after the article's first event, it is background
            boolean background = !candidates.isEmpty() && date != null && isCoarse(date);
            candidates.add(new EventCandidate(f.from(), f.to(), type, sub, 9, background ? Role.REFERENCES
                    : Role.REPORTS, place, date, sentence));
        }
    }

    private boolean markedBefore(Tokens t, int trigger) {
        for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
            if (t.sameSentence(k, trigger) && markers.at(t, k).map(h -> "BEFORE".equals(h.value())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** "بعد أيام من ..." earlier in the sentence: what the rest of the sentence tells happened before. */
    private boolean markedEarlierInSentence(Tokens t, int trigger) {
        for (int k = trigger - 1; k >= 0 && t.sameSentence(k, trigger); k--) {
            var hit = markers.at(t, k);
            if (hit.isPresent() && "REST".equals(hit.get().value()) && hit.get().to() <= trigger) {
                return true;
            }
        }
        return false;
    }

    /** Dated by a month or a year only ("في يناير", "عام 2019"), however well the year is known. */
    private static boolean isCoarse(DateMention d) {
        String p = d.date().precision().name();
        return p.equals("MONTH") || p.equals("YEAR") || d.rule().equals("date.month")
                || d.rule().equals("date.month-year") || d.rule().equals("date.year");
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

    private static DateMention dateFor(Tokens t, int trigger, List<DateMention> dates) {
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

    private static List<Group> merge(Tokens t, List<EventCandidate> candidates, PlaceMatch articlePlace) {
        var groups = new ArrayList<Group>();
        Group last = null;
        for (EventCandidate c : candidates) {
            if (c.place() == null) {
                Group back = definite(t, c.from()) ? EventSeparation.toldBefore(groups, last, c) : null;
                if (back != null) {
                    // "وتبنى التنظيم الهجوم على الحاجز" after a landmine blast: the attack already told
                    back.continueWith(c);
                    last = back;
                    continue;
                }
                // "قتلوا في الهجوم" in a sentence dated by when it was said: the attack already told, whatever the day
                boolean dayApart = !definite(t, c.from()) && EventSeparation.otherDay(last, c);
                if (last != null && !EventSeparation.otherKind(t, last, c) && !dayApart) {
                    last.continueWith(c);
                    continue;
                }
                // "وشنت حملة دهم في الأحياء المجاورة" after a bombing: another kind of event, where the last one was;
                // an event on another day, somewhere the text does not say
                c = c.withPlace(dayApart ? null : last != null ? last.place : articlePlace);
            }
            Group target = null;
            for (Group g : groups) {
                if (compatible(g, c) && !EventSeparation.otherKind(t, g, c)) {
                    target = g;
                    break;
                }
            }
            if (target == null) {
                target = new Group(c);
                if (c.date() == null && last != null) {
                    target.implied = last.date != null ? last.date : last.implied;
                }
                groups.add(target);
            } else {
                target.add(c);
            }
            last = target;
        }
        return groups;
    }

    /**
     * Within one article, two triggers at the same town (or a site or neighbourhood of the same district) are one
     * event whatever words name it ("هجوم مباغت" and "هجوم انتحاري" on one headquarters); at a coarser place they
     * must also agree in type.
     */
    private static boolean compatible(Group g, EventCandidate c) {
        // one sentence telling of one event in several words ("قصف لطائرة مسيرة ... استهدف سيارة") is one event
        boolean sameSentence = g.members.stream().anyMatch(m -> m.sentence() == c.sentence());
        boolean sameType = g.strongest.eventType().equals(c.eventType()) || sameSentence
                || g.role == Role.REFERENCES || c.role() == Role.REFERENCES;
        if (c.role() == Role.REFERENCES && c.date() != null && isCoarse(c.date()) && g.date != null
                && !isCoarse(g.date) && g.date.date().start() != null) {
            return false; // "في وقت سابق من الشهر الجاري" is not the day the article reports, though within it
        }
        DateMention when = g.date != null ? g.date : g.implied;
        if (when != null && c.date() != null && !overlap(when, c.date())) {
            // "وفي السياق ذاته، قصفت ..." continues the day of the event before it; "مساء أمس" at the same
            // village is the day before
            return false;
        }
        PlaceMatch a = g.place;
        PlaceMatch b = c.place();
        if (a == null || b == null || a.place() == null || b.place() == null) {
            return a == b || (a != null && b != null && Objects.equals(a.site(), b.site()) && a.site() != null);
        }
        var pa = a.place();
        var pb = b.place();
        if (!Objects.equals(pa.admin1Pcode(), pb.admin1Pcode())) {
            return false;
        }
        if (coarse(a) || coarse(b)) {
            // one article's vaguer and finer places in one governorate ("شرقي حلب", "دير حافر"); an earlier event
            // of another kind it refers to is not the one it reports ("حملة دهم بريف الرقة" after "هجوم قرب عين عيسى")
            return g.strongest.eventType().equals(c.eventType()) || sameSentence;
        }
        if (pa.id().equals(pb.id())) {
            return true;
        }
        if (pa.kind() == org.sijill.extract.places.PlaceKind.SUB_DISTRICT
                || pb.kind() == org.sijill.extract.places.PlaceKind.SUB_DISTRICT) {
            // a sub-district named for its town ("بلدة الصور") is that town, not a whole district: one event with
            // the town itself ("قرى ناحية عين عيسى" and "قرى عين عيسى"), not with other towns in it
            return Objects.equals(pa.admin2Pcode(), pb.admin2Pcode()) && pa.nameAr() != null
                    && pa.nameAr().equals(pb.nameAr());
        }
        boolean fine = FINE.contains(a.precision()) || FINE.contains(b.precision());
        return fine && Objects.equals(pa.admin2Pcode(), pb.admin2Pcode()) && pa.admin2Pcode() != null;
    }

    private static boolean coarse(PlaceMatch m) {
        return COARSE.contains(m.precision()) && m.place().kind() != org.sijill.extract.places.PlaceKind.SUB_DISTRICT;
    }

    static boolean overlap(DateMention a, DateMention b) {
        var x = a.date();
        var y = b.date();
        boolean xBeforeY = x.end() != null && y.start() != null && x.end().isBefore(y.start());
        boolean yBeforeX = y.end() != null && x.start() != null && y.end().isBefore(x.start());
        return !xBeforeY && !yBeforeX;
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
