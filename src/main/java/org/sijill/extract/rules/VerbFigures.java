package org.sijill.extract.rules;

import java.util.List;
import java.util.Optional;
import org.sijill.extract.rules.FigureLexicon.Context;
import org.sijill.extract.rules.FigureLexicon.Trigger;

/**
 * The figure of a casualty verb ("قتل", "أصيب", "اعتقلت"): whom it harmed. Rule ids:
 * <ul>
 * <li>{@code casualty.verb-object}: the count after it in its clause, past its subject and when it happened,
 * "قتلت قسد 23 مقاتلا من التنظيم", "اختطف مسلحون مجهولون مساء أمس فتاة"</li>
 * <li>{@code casualty.verb-subject}: else the count before it in its sentence, "7 عناصر من قسد ... قتلوا", further
 * back for a plural verb than for a singular one</li>
 * </ul>
 * "واعتقل آخر" is {@link AnotherFigure}'s.
 */
final class VerbFigures {

    /** How many words after the verb its object may stand. */
    private static final int VERB_RIGHT = 10;

    /** How many words before a plural verb ("قتلوا") its counted subject may stand; before a singular one, fewer. */
    private static final int VERB_LEFT_PLURAL = 12;

    private static final int VERB_LEFT_SINGULAR = 3;

    private final FigureLexicon lex;

    private final CountReader counts;

    private final AnotherFigure another;

    VerbFigures(FigureLexicon lex, CountReader counts, AnotherFigure another) {
        this.lex = lex;
        this.counts = counts;
        this.another = another;
    }

    Optional<FoundFigure> read(Reading r, PhraseTable.Hit<Trigger> hit, List<FoundFigure> out) {
        Tokens t = r.tokens();
        int bareUntil = hit.to() + 1; // where a self-counting noun may still stand: right after the verb or its subject
        for (int k = hit.to(); k < Math.min(t.size(), hit.to() + VERB_RIGHT) && t.sameClause(k, hit.from()); k++) {
            if (lex.is(t, k, Context.STOP) || lex.triggers.at(t, k).isPresent()) {
                break;
            }
            if (lex.is(t, k, Context.ANOTHER)) {
                return another.read(r, hit, k, out);
            }
            int time = lex.timeEndingAfter(t, k);
            if (time > k && k <= bareUntil) {
                // "اختطف مسلحون مجهولون مساء أمس فتاة": when it happened stands between the verb and its object
                bareUntil += time - k;
                k = time - 1;
                continue;
            }
            // "وأصيب آخرون": a plural right after the verb counts, vaguely
            var cp = counts.countAt(r, k, k == hit.to());
            var subject = r.actorAt(k);
            boolean definite = cp.isPresent() && cp.get().count().value() != null;
            if (subject.isPresent() && k <= bareUntil && !definite) {
                // "اغتال مسلحون مجهولون قيادياً": the subject is who acted, not whom it hit
                bareUntil = subject.get().to() + 1;
                k = subject.get().to() - 1;
                continue;
            }
            // a noun carrying its own count must follow the verb closely ("قتل مدني"); further on it is more
            // likely an adjective of something else ("أصيب بها قبل أيام بهجوم مسلح")
            if (cp.isPresent() && (cp.get().number() != null || k <= bareUntil)) {
                return Optional.of(counts.figure(r, hit.from(), cp.get(), hit.value().outcome(),
                        "casualty.verb-object"));
            }
        }
        return subject(r, hit);
    }

    /** {@code casualty.verb-subject}: "12 عنصراً ... قتلوا": the count before the verb, in its sentence. */
    private Optional<FoundFigure> subject(Reading r, PhraseTable.Hit<Trigger> hit) {
        Tokens t = r.tokens();
        String last = t.get(hit.to() - 1).text();
        boolean plural = last.endsWith("وا") || last.endsWith("هم") || hit.to() - hit.from() > 1;
        int window = plural ? VERB_LEFT_PLURAL : VERB_LEFT_SINGULAR;
        for (int k = hit.from() - 1; k >= Math.max(0, hit.from() - window) && t.sameSentence(k, hit.from()); k--) {
            // "12 عنصراً ... قتلوا": a noun right after a number belongs to it; read from the number
            var before = r.numberEndingAt(k - 1);
            if (before.isPresent() && r.noun(k).isPresent()) {
                k = before.get().from();
            }
            var cp = counts.countAt(r, k, false);
            if (cp.isPresent() && cp.get().to() <= hit.from()) {
                String actor = CountReader.actorBetween(r, cp.get().to(), hit.from());
                if (actor == null) {
                    actor = CountReader.classActor(cp.get().nounClass());
                }
                return Optional.of(new FoundFigure(cp.get().from(), hit.to(), hit.value().outcome(), cp.get().count(),
                        actor, cp.get().nounClass(), -1, "casualty.verb-subject", false, cp.get().noun()));
            }
        }
        return Optional.empty();
    }
}
