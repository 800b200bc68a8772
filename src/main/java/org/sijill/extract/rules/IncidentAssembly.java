package org.sijill.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sijill.extract.model.DateSpan;
import org.sijill.extract.model.Evidence;
import org.sijill.extract.model.IncidentMention;
import org.sijill.extract.model.Location;
import org.sijill.extract.places.Place;
import org.sijill.extract.places.PlaceMatch;
import org.sijill.text.DateMention;
import org.sijill.text.DateRange;

/**
 * Turns an article's event groups into incident mentions (type, place, date, sides, evidence) and says which
 * mention each figure belongs to: the event of its own clause, else of its sentence, else the nearest event told
 * before it, else the first event after it.
 */
public final class IncidentAssembly {

    /** The mentions, figure index → mention ordinal, and the start of the period of tallies (if the text says). */
    public record Assembled(List<IncidentMention> incidents, Map<Integer, Integer> figureMention,
            LocalDate aggregateStart, List<FoundFigure> figures) {
    }


    private final ActorRoles roles;
    private final java.util.Set<String> attackerNouns;
    private final UnaryOperator<String> key;
    /** The counted noun "آخر" (others): its figure is on the side of the one before it. */
    private final String others;

    public IncidentAssembly(UnaryOperator<String> key) {
        this.roles = new ActorRoles(key);
        this.key = key;
        this.others = key.apply("آخر");
        this.attackerNouns = PhraseTable.readTsv("/lexicon/ar/attacker-nouns.tsv").stream().map(r -> key.apply(r[0]))
                .collect(java.util.stream.Collectors.toSet());
    }

    public Assembled assemble(Reading r, List<EventRules.Group> groups, List<FoundFigure> figures,
            DateRange published, List<DateMention> dates) {
        Tokens t = r.tokens();
        groups = located(t, groups, figures);
        Map<Integer, Integer> figureGroup = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            if (!figures.get(i).aggregate() && !groups.isEmpty()) {
                figureGroup.put(i, groupFor(t, figures.get(i), groups));
            }
        }
        var mentions = new ArrayList<IncidentMention>();
        for (int g = 0; g < groups.size(); g++) {
            EventRules.Group group = groups.get(g);
            var mine = new ArrayList<FoundFigure>();
            for (var e : figureGroup.entrySet()) {
                if (e.getValue() == g) {
                    mine.add(figures.get(e.getKey()));
                }
            }
            List<Integer> sentences = group.members().stream().map(EventCandidate::sentence).distinct().toList();
            EventCandidate s = group.strongest();
            int end = t.get(s.to() - 1).end();
            if (s.place() != null && s.place().start() > end && t.sameClause(t.indexAt(s.place().start()), s.from())) {
                end = s.place().end(); // "هجوم ... على مقرات أمنية ... في حي الانتفاضة": the trigger and where
            }
            var span = r.text().toOriginal(t.get(s.from()).start(), end);
            DateSpan date = group.date() != null ? span(group.date().date())
                    : group.role() == IncidentMention.Role.REFERENCES
                            ? new DateSpan(null, published.end(), "UNKNOWN",
                                    "an earlier event the article refers to, undated; on or before publication")
                            : new DateSpan(published.start(), published.end(), published.precision().name(),
                                    "no date in the event's sentences; the article's publication date: "
                                            + published.basis());
            mentions.add(new IncidentMention(g, group.role(), s.eventType(), s.subEventType(), date,
                    group.place() == null ? Location.unknown() : location(group.place()),
                    roles.roles(r, sentences, mine),
                    Evidence.of(r.text().original(), span.start(), span.end()),
                    group.role() == IncidentMention.Role.REPORTS ? "event.trigger" : "event.reference"));
        }
        return new Assembled(mentions, figureGroup, aggregateStart(t, figures, dates),
                partsInTheirEvent(owners(figures, figureGroup, mentions), figureGroup));
    }

    /**
     * A part belongs to a whole of its own event: "وقال المرصد إن من بين القتلى ثلاثة عناصر ... في هجوم ... في
     * الرقة" is not among the 500 dead of the prison attack the sentence before tells of.
     */
    private static List<FoundFigure> partsInTheirEvent(List<FoundFigure> figures, Map<Integer, Integer> figureGroup) {
        var out = new ArrayList<FoundFigure>(figures);
        for (int i = 0; i < out.size(); i++) {
            FoundFigure f = out.get(i);
            // a daily tally's list items are parts of its total and each its own event: the total is an aggregate
            if (f.parent() >= 0 && !f.aggregate() && !out.get(f.parent()).aggregate()
                    && !java.util.Objects.equals(figureGroup.get(i), figureGroup.get(f.parent()))) {
                out.set(i, f.withParent(-1));
            }
        }
        return out;
    }

    /**
     * Owners the rules could not read from the words next to a count: an attacker ("مهاجم انتحاري") belongs to the
     * event's perpetrator, and "another one" ("واعتقل آخر") to the side of the figure before it.
     */
    private List<FoundFigure> owners(List<FoundFigure> figures, Map<Integer, Integer> figureGroup,
            List<IncidentMention> mentions) {
        var out = new ArrayList<FoundFigure>(figures);
        for (int i = 0; i < out.size(); i++) {
            FoundFigure f = out.get(i);
            if (f.actorId() != null) {
                continue;
            }
            Integer g = figureGroup.get(i);
            if (f.noun() != null && attackerNouns.contains(key.apply(f.noun())) && g != null) {
                String perp = mentions.get(g).actors().stream()
                        .filter(a -> a.role() == org.sijill.extract.model.ActorRole.Role.PERPETRATOR)
                        .map(org.sijill.extract.model.ActorRole::actorId).findFirst().orElse(null);
                out.set(i, f.withActor(perp));
            } else if (("casualty.another".equals(f.ruleId()) || (f.noun() != null && others.equals(key.apply(f.noun())))) && i > 0
                    && java.util.Objects.equals(figureGroup.get(i - 1), g)) {
                // "وأصيب خمسة آخرون", "واعتقل آخر": the others are on the side of the figure before them; past its
                // parts ("مقتل 3 أشخاص، هم مقاتلان ومواطن، وإصابة اثنين آخرين": others than the three)
                int before = i - 1;
                while (out.get(before).parent() >= 0 && out.get(before).parent() < before) {
                    before = out.get(before).parent();
                }
                out.set(i, f.withActor(out.get(before).actorId()));
            }
        }
        return out;
    }

    /**
     * An event with no place finer than the country and no figure of its own ("سلسلة هجمات ... شمال شرقي سوريا") is a
     * summary of others, not an incident: it is left out.
     */
    private static List<EventRules.Group> located(Tokens t, List<EventRules.Group> groups, List<FoundFigure> figures) {
        var out = new ArrayList<EventRules.Group>();
        for (int g = 0; g < groups.size(); g++) {
            EventRules.Group group = groups.get(g);
            boolean placed = group.place() != null && group.place().place() != null
                    && group.place().precision() != org.sijill.extract.places.Precision.COUNTRY;
            int index = g;
            boolean counted = figures.stream().anyMatch(f -> !f.aggregate() && groupFor(t, f, groups) == index);
            if (placed || counted) {
                out.add(group);
            }
        }
        return out;
    }

    /** The event of the figure's clause (the trigger nearest before it), else of its sentence, else nearest. */
    private static int groupFor(Tokens t, FoundFigure f, List<EventRules.Group> groups) {
        int tok = f.from();
        int bestClause = -1;
        int bestClauseDistance = Integer.MAX_VALUE;
        int sameSentence = -1;
        int before = -1;
        int beforeAt = -1;
        int after = -1;
        int afterAt = Integer.MAX_VALUE;
        for (int g = 0; g < groups.size(); g++) {
            for (EventCandidate c : groups.get(g).members()) {
                if (c.from() <= tok && t.sameSentence(c.from(), tok) && earlierEventBetween(t, c.to(), tok)) {
                    // "ويأتي الاعتداء بعد أيام من استشهاد 4 ... بانفجار لغم": what follows "بعد" is another event
                    continue;
                }
                if (t.sameClause(c.from(), tok)) {
                    // prefer the trigger before the figure ("قصف ... دون وقوع إصابات"), then the nearest after
                    int d = c.from() <= tok ? tok - c.from() : 1000 + c.from() - tok;
                    if (d < bestClauseDistance) {
                        bestClause = g;
                        bestClauseDistance = d;
                    }
                }
                if (t.sameSentence(c.from(), tok) && sameSentence < 0) {
                    sameSentence = g;
                }
                if (c.from() < tok && c.from() > beforeAt) {
                    before = g;
                    beforeAt = c.from();
                }
                if (c.from() > tok && c.from() < afterAt) {
                    after = g;
                    afterAt = c.from();
                }
            }
        }
        return bestClause >= 0 ? bestClause : sameSentence >= 0 ? sameSentence : before >= 0 ? before : after;
    }

    /** "بعد"/"عقب" between a trigger and a figure: what follows is another, earlier event. */
    private static boolean earlierEventBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (w.equals("بعد") || w.equals("عقب")) {
                return true;
            }
        }
        return false;
    }

    /** A tally "منذ مطلع العام 2022" runs from the date its sentence names. */
    private static LocalDate aggregateStart(Tokens t, List<FoundFigure> figures, List<DateMention> dates) {
        for (FoundFigure f : figures) {
            if (!f.aggregate()) {
                continue;
            }
            int sentence = t.get(f.from()).sentence();
            for (DateMention d : dates) {
                int at = t.indexAt(d.key().start());
                if (at < t.size() && t.get(at).sentence() == sentence && d.date().start() != null) {
                    return d.date().start();
                }
            }
        }
        return null;
    }

    public static DateSpan span(DateRange d) {
        return new DateSpan(d.start(), d.end(), d.precision().name(), d.basis());
    }

    public static Location location(PlaceMatch m) {
        Place p = m.place();
        if (p == null) {
            return new Location("SY", null, null, null, null, null, null, null, null, null, m.site(), null, null,
                    m.precision().name());
        }
        boolean admin = p.kind().name().equals("GOVERNORATE") || p.kind().name().equals("DISTRICT")
                || p.kind().name().equals("SUB_DISTRICT") || p.kind().name().equals("COUNTRY");
        return new Location(p.countryCode() == null ? "SY" : p.countryCode(), p.admin1Pcode(), p.admin1NameEn(),
                p.admin1NameAr(), p.admin2Pcode(), p.admin2NameEn(), p.admin2NameAr(), p.id(),
                admin ? null : p.nameEn(), admin ? null : p.nameAr(), m.site(), p.lat(), p.lon(), m.precision().name());
    }
}
