package org.sijill.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sijill.extract.KeyText;
import org.sijill.extract.actors.ActorLexicon;
import org.sijill.extract.actors.ActorMatch;
import org.sijill.extract.actors.ActorResolver;
import org.sijill.extract.places.Gazetteer;
import org.sijill.extract.places.PlaceMatch;
import org.sijill.extract.places.PlaceResolver;
import org.sijill.extract.rules.FigureLexicon.Trigger;
import org.sijill.text.ArabicNormalizer;
import org.sijill.text.DateMention;
import org.sijill.text.DateParser;
import org.sijill.text.DateRange;
import org.sijill.text.NormalizedText;
import org.sijill.text.NumberParser;

/**
 * A test text read as the pipeline reads it before the rules run (counts, actors, places, dates; published on a fixed
 * day), for the rule classes' own tests. In the text, "[...]" marks the word a test asks about and "{...}" the text
 * it expects, so both stay in the one Arabic column of a test table.
 */
record RuleInput(String text, Reading reading, List<PlaceMatch> places, List<DateMention> dates, int marked,
        String expected) {

    static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

    static final UnaryOperator<String> KEY = NORMALIZER::key;

    static final FigureLexicon LEXICON = new FigureLexicon(KEY);

    static final DateRange PUBLISHED = DateRange.day(LocalDate.of(2024, 11, 20), "test");

    private static final NumberParser NUMBERS = NumberParser.standard();

    private static final DateParser DATES = DateParser.standard();

    private static final ActorResolver ACTORS = new ActorResolver(new ActorLexicon(KEY));

    private static final PlaceResolver PLACES = new PlaceResolver(new Gazetteer(KEY));

    private static final FigureRules FIGURES = new FigureRules(LEXICON);

    /** What a figure reader reads at a casualty word, given the figures read before it. */
    interface FigureReader {
        Optional<FoundFigure> read(Reading r, PhraseTable.Hit<Trigger> hit, List<FoundFigure> out);
    }

    static RuleInput of(String marked) {
        String text = unmarked(marked);
        int open = marked.indexOf('[');
        int index = open < 0 ? -1 : Tokens.of(KEY.apply(unmarked(marked.substring(0, open)))).size();
        int from = marked.indexOf('{');
        String expected = from < 0 ? null : KEY.apply(unmarked(marked.substring(from + 1, marked.indexOf('}'))));
        NormalizedText nt = NORMALIZER.normalize(text);
        var keyText = KeyText.of(nt.keyWords());
        List<ActorMatch> actors = ACTORS.find(keyText, PUBLISHED.end());
        var places = new ArrayList<PlaceMatch>();
        for (PlaceMatch p : PLACES.resolve(keyText)) {
            // as the pipeline does: a place inside an actor's name ("قوات سوريا الديمقراطية") is no place
            if (actors.stream().noneMatch(a -> !a.inferred() && a.start() <= p.start() && p.end() <= a.end())) {
                places.add(p);
            }
        }
        var reading = new Reading(nt, Tokens.of(nt.keyWords()), NUMBERS.find(nt), actors, NUMBERS.countNouns());
        return new RuleInput(text, reading, places, DATES.find(nt, PUBLISHED), index, expected);
    }

    private static String unmarked(String s) {
        return s.replace("[", "").replace("]", "").replace("{", "").replace("}", "");
    }

    Tokens tokens() {
        return reading.tokens();
    }

    /** Key-form text of [start, end) in the key view. */
    String key(int start, int end) {
        return reading.text().key().substring(start, end);
    }

    /**
     * "actor OUTCOME count rule" for what {@code reader} reads at the marked casualty word ("-" for no owner, "n+"
     * for at least n), with the figures the casualty rules read before that word; "" for nothing.
     */
    String figure(FigureReader reader) {
        var hit = LEXICON.triggers.at(tokens(), marked)
                .orElseThrow(() -> new IllegalArgumentException("no casualty word at [" + marked + "] in " + text));
        var before = new ArrayList<FoundFigure>();
        for (FoundFigure f : figures()) {
            if (f.to() <= marked) {
                before.add(f);
            }
        }
        return reader.read(reading, hit, before).map(RuleInput::describe).orElse("");
    }

    /** The figures the casualty rules read in the text (on a copy of it: reading a figure uses up its number). */
    List<FoundFigure> figures() {
        return FIGURES.find(of(text).reading());
    }

    static String describe(FoundFigure f) {
        var c = f.count();
        String n = c.value() != null ? c.value().toString() : c.low() + "+";
        return (f.actorId() == null ? "-" : f.actorId()) + " " + f.outcome() + " " + n
                + (f.parent() < 0 ? "" : " <" + f.parent()) + " " + f.ruleId().substring("casualty.".length());
    }
}
