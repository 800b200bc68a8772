package org.sijill.extract.rules;

import java.util.List;
import java.util.function.UnaryOperator;
import org.sijill.extract.model.Outcome;

/** The lexicons the figure rules read, loaded once through the text normaliser's key function. */
public final class FigureLexicon {

    public enum Form { EVENT, PERSON, VERB, TOLL, LATIN, ELIMINATION }

    public enum Context { AGGREGATE, SUBSET, BREAKDOWN, HOLDING, STOP, VICTIM_OF, ANOTHER, NEGATED, GROUP_OF, NON_CONFLICT,
        REACHED }

    public record Trigger(Outcome outcome, Form form) {
    }

    final PhraseTable<Trigger> triggers;
    final PhraseTable<Context> context;
    final PhraseTable<Outcome> negations;
    /** Words that prevent a deed ("منع", "حالت", "أحبطت"), with the preposition they govern ("من", "دون") or "". */
    private final PhraseTable<String> preventions;
    /** Times of day, relative days and weekdays ("مساء أمس", "الخميس"): they may stand between a verb and its object. */
    private final List<PhraseTable<String>> times;

    public FigureLexicon(UnaryOperator<String> key) {
        triggers = PhraseTable.load("/lexicon/ar/casualty-triggers.tsv", key, true,
                r -> new Trigger(Outcome.valueOf(r[1]), Form.valueOf(r[2])));
        context = PhraseTable.load("/lexicon/ar/figure-context.tsv", key, true, r -> Context.valueOf(r[1]));
        negations = PhraseTable.load("/lexicon/ar/casualty-negations.tsv", key, true, r -> Outcome.valueOf(r[1]));
        preventions = PhraseTable.load("/lexicon/ar/casualty-preventions.tsv", key, true,
                r -> r[1].equals("-") ? "" : key.apply(r[1]));
        times = List.of(PhraseTable.load("/lexicon/ar/parts-of-day.tsv", key, true, r -> r[0]),
                PhraseTable.load("/lexicon/ar/relative-dates.tsv", key, true, r -> r[0]),
                PhraseTable.load("/lexicon/ar/weekdays.tsv", key, true, r -> r[0]));
    }

    /** The end of a time phrase starting at token i ("مساء", "أمس", "السبت"), or -1. */
    int timeEndingAfter(Tokens tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return -1;
        }
        for (PhraseTable<String> table : times) {
            var hit = table.at(tokens, i);
            if (hit.isPresent()) {
                return hit.get().to();
            }
        }
        return -1;
    }

    /** Words a prevention phrase may stand back from its deed with no preposition: the subject and one head noun. */
    private static final int SUBJECT_REACH = 3;

    /**
     * A prevention phrase at token k governs the casualty word {@code deed}: the word right after the preposition it
     * governs, with the subject and object between ("ومنع الحراس عشرات السجناء من الفرار", "حالت قوات الحراسة دون
     * فرار"); or its object, a few words on ("منع فرار السجناء", "أحبطت الأجهزة الأمنية عملية اغتيال"), with nothing
     * between that may start a phrase of its own (a casualty or context word: "بعد", "في", "جراء") and not joined by
     * و/ف ("منع التجول واعتقال": a deed of its own).
     */
    boolean prevents(Tokens tokens, int k, PhraseTable.Hit<Trigger> deed) {
        var cue = preventions.at(tokens, k);
        if (cue.isEmpty() || cue.get().to() > deed.from()) {
            return false;
        }
        int after = cue.get().to();
        String governed = cue.get().value();
        if (!governed.isEmpty() && deed.from() > after && tokens.get(deed.from() - 1).text().equals(governed)) {
            return true;
        }
        if (deed.from() - after > SUBJECT_REACH || coordinated(tokens.get(deed.from()).text(), deed.phrase())) {
            return false;
        }
        for (int j = after; j < deed.from(); j++) {
            if (triggers.at(tokens, j).isPresent() || context.at(tokens, j).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** The word carries a conjunction its phrase does not start with: "واعتقال" for "اعتقال", not "وفاة". */
    private static boolean coordinated(String word, String phrase) {
        char c = word.charAt(0);
        return (c == 'و' || c == 'ف') && !phrase.startsWith(word);
    }

    boolean is(Tokens tokens, int i, Context c) {
        return i >= 0 && i < tokens.size() && context.at(tokens, i).map(h -> h.value() == c).orElse(false);
    }
}
