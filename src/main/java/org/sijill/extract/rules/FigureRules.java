package org.sijill.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sijill.extract.model.Outcome;
import org.sijill.extract.rules.FigureLexicon.Context;
import org.sijill.extract.rules.FigureLexicon.Trigger;
import org.sijill.text.Count;
import org.sijill.text.CountNouns;

/**
 * Finds casualty figures: a casualty word (lexicon {@code casualty-triggers.tsv}) and the count it governs, whose
 * casualties they are, and the parts a count is broken into. Rule ids:
 * <ul>
 * <li>{@code casualty.event-noun}: "مقتل ستة أشخاص", "مقتل عنصرين من خلايا التنظيم", "فرار أكثر من 25 عنصرا"</li>
 * <li>{@code casualty.number-before-noun}: "148 قتيلا", "حوالي 500 قتيلا"</li>
 * <li>{@code casualty.toll}: "ارتفع عدد قتلى قسد إلى 6"</li>
 * <li>{@code casualty.verb-object}: "قتلت قسد 23 مقاتلا من التنظيم", "اعتقلت 89 عنصرا"</li>
 * <li>{@code casualty.verb-subject}: "7 عناصر من قسد ... قتلوا", "مهاجما انتحاريا قتل"</li>
 * <li>{@code casualty.another}: "واعتقال آخر", "واعتقل آخر" (one more, same side)</li>
 * <li>{@code casualty.subset}: "بينهم 3 عناصر لقوى الأمن الداخلي", "هم 54 مدني ... و93 من قسد"</li>
 * <li>{@code casualty.coordinated}: "مقتل عنصرين من قسد، وعنصرين من الأسايش"</li>
 * <li>{@code casualty.latin}: "leaves 18 SDF security forces dead, at least 16 Isis members too"</li>
 * <li>{@code casualty.negation}: "دون وقوع إصابات" (count 0)</li>
 * </ul>
 */
public final class FigureRules {

    private static final int VERB_RIGHT = 10;
    private static final int VERB_LEFT_PLURAL = 12;
    private static final int VERB_LEFT_SINGULAR = 3;
    private static final int ACTOR_WINDOW = 8;

    private final FigureLexicon lex;

    public FigureRules(FigureLexicon lex) {
        this.lex = lex;
    }

    /** A count phrase over tokens [from, to): a number with its noun, or a noun that carries its own count. */
    record CountPhrase(int from, int to, Count count, String nounClass, Reading.NumberRef number, String noun) {
    }

    public List<FoundFigure> find(Reading r) {
        Tokens t = r.tokens();
        var out = new ArrayList<FoundFigure>();
        int i = 0;
        while (i < t.size()) {
            var negation = lex.negations.at(t, i);
            if (negation.isPresent()) {
                out.add(new FoundFigure(i, negation.get().to(), negation.get().value(), Count.exact(0), null, null, -1,
                        "casualty.negation", false, null));
                i = negation.get().to();
                continue;
            }
            var hit = lex.triggers.at(t, i);
            if (hit.isEmpty() || negated(t, i)) {
                i = hit.map(PhraseTable.Hit::to).orElse(i + 1);
                continue;
            }
            int before = out.size();
            Trigger trig = hit.get().value();
            Optional<FoundFigure> f = switch (trig.form()) {
                case EVENT -> event(r, hit.get(), out);
                case PERSON -> person(r, hit.get());
                case TOLL -> toll(r, hit.get());
                case VERB -> verb(r, hit.get(), out);
                case LATIN -> latin(r, hit.get());
            };
            f.ifPresent(out::add);
            if (out.size() > before) {
                followers(r, out, out.size() - 1);
                if (trig.form() == FigureLexicon.Form.LATIN) {
                    latinContinued(r, out, out.size() - 1);
                }
            }
            i = Math.max(hit.get().to(), out.size() > before ? out.get(out.size() - 1).to() : hit.get().to());
        }
        return withoutTitleRepeats(t, markAggregates(t, withoutAccidents(t, out)));
    }

    /** "لقي 7 أشخاص مصرعهم في حادث سير": casualties of an accident are not conflict figures. */
    private List<FoundFigure> withoutAccidents(Tokens t, List<FoundFigure> figures) {
        var accidents = new java.util.HashSet<Integer>();
        for (var hit : lex.context.findAll(t)) {
            if (hit.value() == Context.NON_CONFLICT) {
                accidents.add(t.get(hit.from()).sentence());
            }
        }
        if (accidents.isEmpty()) {
            return figures;
        }
        var keep = new boolean[figures.size()];
        var index = new int[figures.size()];
        var out = new ArrayList<FoundFigure>();
        for (int i = 0; i < figures.size(); i++) {
            FoundFigure f = figures.get(i);
            keep[i] = !accidents.contains(t.get(f.from()).sentence()) && (f.parent() < 0 || keep[f.parent()]);
            index[i] = keep[i] ? out.size() : -1;
            if (keep[i]) {
                out.add(f.parent() < 0 ? f : f.withParent(index[f.parent()]));
            }
        }
        return out;
    }

    /**
     * A headline repeats the lead ("ارتفاع عدد قتلى قسد إلى 6 بينهم 3 ..." above "ارتفع عدد قتلى ... إلى 6 بينهم 3"):
     * a figure on the first line that the body states again is the same figure, kept once, where the body says it.
     */
    private static List<FoundFigure> withoutTitleRepeats(Tokens t, List<FoundFigure> figures) {
        int titleEnd = t.key().indexOf('\n');
        if (titleEnd < 0) {
            return figures;
        }
        var drop = new boolean[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            if (t.get(figures.get(i).from()).start() >= titleEnd) {
                break;
            }
            for (int j = i + 1; j < figures.size(); j++) {
                if (t.get(figures.get(j).from()).start() > titleEnd && same(figures, i, j)) {
                    drop[i] = true;
                    break;
                }
            }
        }
        var index = new int[figures.size()];
        var out = new ArrayList<FoundFigure>();
        for (int i = 0; i < figures.size(); i++) {
            index[i] = drop[i] ? -1 : out.size();
            if (!drop[i]) {
                FoundFigure f = figures.get(i);
                out.add(f.parent() < 0 ? f : f.withParent(index[f.parent()]));
            }
        }
        return out;
    }

    private static boolean same(List<FoundFigure> figures, int i, int j) {
        FoundFigure a = figures.get(i);
        FoundFigure b = figures.get(j);
        boolean parents = (a.parent() < 0 && b.parent() < 0)
                || (a.parent() >= 0 && b.parent() >= 0 && same(figures, a.parent(), b.parent()));
        return parents && a.outcome() == b.outcome() && java.util.Objects.equals(a.actorId(), b.actorId())
                && a.count().equals(b.count());
    }

    /** "عدم هروب", "لم يقتل": the casualty word is denied or only intended. */
    private boolean negated(Tokens t, int trigger) {
        for (int k = Math.max(0, trigger - 2); k < trigger; k++) {
            if (t.sameClause(k, trigger) && lex.is(t, k, Context.NEGATED)) {
                return true;
            }
        }
        return false;
    }

    private Optional<FoundFigure> event(Reading r, PhraseTable.Hit<Trigger> hit, List<FoundFigure> out) {
        int j = hit.to();
        if (lex.is(r.tokens(), j, Context.ANOTHER)) {
            return another(r, hit, j, out);
        }
        var cp = countAt(r, j, true);
        if (cp.isPresent() && !definitePlural(r, cp.get())) {
            return Optional.of(figure(r, hit.from(), cp.get(), hit.value().outcome(), "casualty.event-noun"));
        }
        Tokens t = r.tokens();
        // "القبض على خلية ... مؤلفة من 5 أشخاص": the group's size, a few words on
        for (int k = j; k < Math.min(t.size(), j + 6) && t.sameClause(k, hit.from()); k++) {
            if (lex.is(t, k, Context.GROUP_OF)) {
                var size = countAt(r, lex.context.at(t, k).get().to(), false);
                if (size.isPresent()) {
                    FoundFigure f = figure(r, hit.from(), size.get(), hit.value().outcome(), "casualty.group-of");
                    String group = actorBetween(r, j, k); // "خلية تابعة لتنظيم داعش مؤلفة من ..."
                    return Optional.of(f.actorId() == null && group != null ? f.withActor(group) : f);
                }
            }
        }
        // "وتمكن 15 عنصراً من التنظيم من الفرار": the people who managed to are counted before the word
        if (hit.from() > 0 && t.get(hit.from() - 1).text().equals("من")) {
            for (int k = hit.from() - 2; k >= Math.max(0, hit.from() - 9) && t.sameClause(k, hit.from()); k--) {
                var before = countAt(r, k, false);
                if (before.isPresent() && before.get().number() != null) {
                    return Optional.of(new FoundFigure(before.get().from(), hit.to(), hit.value().outcome(),
                            before.get().count(), actorBetween(r, before.get().to(), hit.from()),
                            before.get().nounClass(), -1, "casualty.managed-to", false, before.get().noun()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "تحييد المدنيين", "حماية المدنيين": a definite plural with no number names people already known or in general,
     * it does not count them (a definite singular or dual still does: "استشهاد المواطنة").
     */
    private static boolean definitePlural(Reading r, CountPhrase cp) {
        if (cp.number() != null || cp.count().value() != null) {
            return false;
        }
        String w = r.tokens().get(cp.from()).text();
        for (String p : new String[] { "ال", "وال", "بال", "فال", "لل", "ولل" }) {
            if (w.startsWith(p) && w.length() > p.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** "واعتقال آخر": one more, on the side of the figure just before it in the sentence. */
    private Optional<FoundFigure> another(Reading r, PhraseTable.Hit<Trigger> hit, int j, List<FoundFigure> out) {
        if (!lex.is(r.tokens(), j, Context.ANOTHER) || out.isEmpty()) {
            return Optional.empty();
        }
        FoundFigure prev = out.get(out.size() - 1);
        if (!r.tokens().sameSentence(prev.from(), hit.from())) {
            return Optional.empty();
        }
        return Optional.of(new FoundFigure(hit.from(), j + 1, hit.value().outcome(), Count.exact(1), prev.actorId(),
                prev.nounClass(), -1, "casualty.another", false, null));
    }

    private Optional<FoundFigure> person(Reading r, PhraseTable.Hit<Trigger> hit) {
        // "من بين القتلى ثلاثة عناصر من قوى الأمن الداخلي": among the dead, a count follows the noun
        if (hit.from() > 0 && lex.is(r.tokens(), hit.from() - 1, Context.SUBSET)
                || hit.from() > 1 && lex.is(r.tokens(), hit.from() - 2, Context.SUBSET)) {
            var among = countAt(r, hit.to(), false);
            if (among.isPresent()) {
                return Optional.of(figure(r, hit.from(), among.get(), hit.value().outcome(), "casualty.among"));
            }
        }
        var n = r.numberEndingAt(hit.from() - 1);
        if (n.isEmpty() && hit.from() > 1 && isPartitive(r.tokens(), hit.from() - 1)
                && r.tokens().get(hit.from()).text().startsWith("ال")) {
            n = r.numberEndingAt(hit.from() - 2); // "العشرات من الجرحى", "خمسة من القتلى"
        }
        if (n.isPresent() && !heldPopulation(r, n.get().from())) {
            r.consume(n.get());
            var cp = new CountPhrase(n.get().from(), hit.to(), n.get().count(), null, n.get(), null);
            return Optional.of(figure(r, n.get().from(), cp, hit.value().outcome(), "casualty.number-before-noun"));
        }
        var after = countAt(r, hit.to(), false); // "جثث 3 أشخاص", "جثة شاب"
        if (after.isPresent() && (after.get().number() != null || after.get().count().value() != null)) {
            return Optional.of(figure(r, hit.from(), after.get(), hit.value().outcome(), "casualty.noun-of"));
        }
        var own = r.nounCount(hit.from());
        if (own.isPresent() && own.get().qualifier() == org.sijill.text.Qualifier.EXACT) {
            var cp = new CountPhrase(hit.from(), hit.to(), own.get(), null, null, null);
            return Optional.of(figure(r, hit.from(), cp, hit.value().outcome(), "casualty.noun-count"));
        }
        return Optional.empty();
    }

    private Optional<FoundFigure> toll(Reading r, PhraseTable.Hit<Trigger> hit) {
        Tokens t = r.tokens();
        for (int k = hit.to(); k < Math.min(t.size() - 1, hit.to() + 16) && t.sameSentence(k, hit.from()); k++) {
            if (t.get(k).text().equals("الي")) {
                var n = r.numberAt(k + 1);
                if (n.isEmpty()) {
                    return Optional.empty();
                }
                r.consume(n.get());
                String actor = actorBetween(r, hit.to(), k);
                return Optional.of(new FoundFigure(hit.from(), n.get().to(), hit.value().outcome(), n.get().count(),
                        actor, null, -1, "casualty.toll", false, null));
            }
        }
        return Optional.empty();
    }

    private Optional<FoundFigure> verb(Reading r, PhraseTable.Hit<Trigger> hit, List<FoundFigure> out) {
        Tokens t = r.tokens();
        int bareUntil = hit.to() + 1; // where a self-counting noun may still stand: right after the verb or its subject
        for (int k = hit.to(); k < Math.min(t.size(), hit.to() + VERB_RIGHT) && t.sameClause(k, hit.from()); k++) {
            if (lex.is(t, k, Context.STOP) || lex.triggers.at(t, k).isPresent()) {
                break;
            }
            if (lex.is(t, k, Context.ANOTHER)) {
                return another(r, hit, k, out);
            }
            int time = lex.timeEndingAfter(t, k);
            if (time > k && k <= bareUntil) {
                // "اختطف مسلحون مجهولون مساء أمس فتاة": when it happened stands between the verb and its object
                bareUntil += time - k;
                k = time - 1;
                continue;
            }
            var cp = countAt(r, k, k == hit.to()); // "وأصيب آخرون": a plural right after the verb counts, vaguely
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
                return Optional.of(figure(r, hit.from(), cp.get(), hit.value().outcome(), "casualty.verb-object"));
            }
        }
        String last = t.get(hit.to() - 1).text();
        boolean plural = last.endsWith("وا") || last.endsWith("هم") || hit.to() - hit.from() > 1;
        int window = plural ? VERB_LEFT_PLURAL : VERB_LEFT_SINGULAR;
        for (int k = hit.from() - 1; k >= Math.max(0, hit.from() - window) && t.sameSentence(k, hit.from()); k--) {
            // "12 عنصراً ... قتلوا": a noun right after a number belongs to it; read from the number
            var before = r.numberEndingAt(k - 1);
            if (before.isPresent() && r.noun(k).isPresent()) {
                k = before.get().from();
            }
            var cp = countAt(r, k, false);
            if (cp.isPresent() && cp.get().to() <= hit.from()) {
                String actor = actorBetween(r, cp.get().to(), hit.from());
                if (actor == null) {
                    actor = classActor(cp.get().nounClass());
                }
                return Optional.of(new FoundFigure(cp.get().from(), hit.to(), hit.value().outcome(), cp.get().count(),
                        actor, cp.get().nounClass(), -1, "casualty.verb-subject", false, cp.get().noun()));
            }
        }
        return Optional.empty();
    }

    private Optional<FoundFigure> latin(Reading r, PhraseTable.Hit<Trigger> hit) {
        Tokens t = r.tokens();
        for (int k = hit.from() - 1; k >= Math.max(0, hit.from() - 6) && t.sameClause(k, hit.from()); k--) {
            var n = r.numberAt(k);
            if (n.isPresent()) {
                r.consume(n.get());
                return Optional.of(new FoundFigure(n.get().from(), hit.to(), hit.value().outcome(),
                        latinQualified(t, n.get()), actorBetween(r, n.get().to(), hit.from()), null, -1,
                        "casualty.latin", false, null));
            }
        }
        return Optional.empty();
    }

    /** "..., at least 16 Isis members too": a further count in the same English sentence shares the outcome. */
    private void latinContinued(Reading r, List<FoundFigure> out, int index) {
        Tokens t = r.tokens();
        FoundFigure f = out.get(index);
        for (int k = f.to(); k < t.size() && t.sameSentence(k, f.from()); k++) {
            var n = r.numberAt(k);
            if (n.isPresent()) {
                String actor = actorBetween(r, n.get().to(), Math.min(t.size(), n.get().to() + 3));
                if (actor != null) {
                    r.consume(n.get());
                    int end = Math.min(t.size(), n.get().to() + 3);
                    out.add(new FoundFigure(n.get().from(), end, f.outcome(), latinQualified(t, n.get()), actor, null,
                            -1, "casualty.latin", false, null));
                }
            }
        }
    }

    private static Count latinQualified(Tokens t, Reading.NumberRef n) {
        boolean atLeast = n.from() >= 2 && t.get(n.from() - 2).text().equalsIgnoreCase("at")
                && t.get(n.from() - 1).text().equalsIgnoreCase("least");
        return atLeast && n.count().value() != null ? Count.atLeast(n.count().value()) : n.count();
    }

    /** Parts of the figure just found ("بينهم ..."), and further counts coordinated with it ("، وعنصرين من ..."). */
    private void followers(Reading r, List<FoundFigure> out, int index) {
        Tokens t = r.tokens();
        FoundFigure f = out.get(index);
        int k = f.to();
        int limit = Math.min(t.size(), k + 12);
        for (; k < limit && t.sameSentence(k, f.from()); k++) {
            if (lex.is(t, k, Context.SUBSET) || lex.is(t, k, Context.BREAKDOWN)) {
                int next = lex.context.at(t, k).get().to();
                if (next < t.size() && !t.sameSentence(k, next)) {
                    bulletItems(r, out, index, next); // "... مقتل 5 أشخاص، وهم:" then one line per person
                } else {
                    parts(r, out, index, next, false);
                }
                return;
            }
            if (lex.is(t, k, Context.STOP) || lex.triggers.at(t, k).isPresent()) {
                break;
            }
            if (t.get(k).text().startsWith("و")) {
                var cp = countAt(r, t.get(k).text().equals("و") ? k + 1 : k, false);
                if (cp.isPresent() && cp.get().count().qualifier() == org.sijill.text.Qualifier.EXACT) {
                    out.add(figure(r, k, cp.get(), outcomeOf(r, cp.get(), f.outcome()), "casualty.coordinated")
                            .withParent(f.parent()));
                    followers(r, out, out.size() - 1);
                    return;
                }
            }
            if (r.numberAt(k).isPresent()) {
                break;
            }
        }
    }

    /**
     * Counts that make up out[parent], from token k: "3 عناصر لقوى الأمن", "سيدتان وطفل", "و93 من قسد". A nested
     * list ("54 مدني بينهم سيدتان وطفل") ends at the next comma; the outer list goes on after it ("، و93 من ...").
     */
    private void parts(Reading r, List<FoundFigure> out, int parent, int k, boolean nested) {
        Tokens t = r.tokens();
        FoundFigure p = out.get(parent);
        int sentence = t.get(p.from()).sentence();
        while (k < t.size() && t.get(k).sentence() == sentence) {
            int at = t.get(k).text().equals("و") ? k + 1 : k;
            var cp = countAt(r, at, true);
            if (cp.isEmpty()) {
                return;
            }
            FoundFigure child = figure(r, k, cp.get(), p.outcome(), "casualty.subset").withParent(parent);
            if (child.actorId() == null) {
                child = child.withActor(classActor(cp.get().nounClass()));
            }
            if (child.actorId() == null && cp.get().nounClass() == null) {
                child = child.withActor(p.actorId()); // "تسعة عناصر من الميليشيات، بينهم ثلاثة يحملون ..."
            }
            out.add(child);
            int childIndex = out.size() - 1;
            int next = child.to();
            if (next < t.size() && lex.is(t, next, Context.SUBSET)) {
                parts(r, out, childIndex, lex.context.at(t, next).get().to(), true);
                next = out.get(out.size() - 1).to();
            }
            k = nextCoordinated(r, next, sentence, nested);
            if (k < 0) {
                return;
            }
        }
    }

    /**
     * The lines of a bulleted list after "وهم:", each a count of its own ("- عنصران من قوات الحكومة بانفجار لغم
     * ..."), part of the figure before the list, with its outcome.
     */
    private void bulletItems(Reading r, List<FoundFigure> out, int parent, int k) {
        Tokens t = r.tokens();
        FoundFigure p = out.get(parent);
        while (k < t.size() && bulleted(t, k)) {
            var cp = countAt(r, k, true);
            if (cp.isEmpty()) {
                return;
            }
            FoundFigure item = figure(r, k, cp.get(), p.outcome(), "casualty.list-item").withParent(parent);
            out.add(item);
            int sentence = t.get(k).sentence();
            while (k < t.size() && t.get(k).sentence() == sentence) {
                k++;
            }
        }
    }

    /** Token k opens a line that starts with a bullet ("-", "•", "*"). */
    private static boolean bulleted(Tokens t, int k) {
        String key = t.key();
        int lineStart = key.lastIndexOf('\n', t.get(k).start() - 1) + 1;
        String before = key.substring(lineStart, t.get(k).start()).strip();
        return before.equals("-") || before.equals("•") || before.equals("*") || before.equals("–");
    }

    /** The token after "و" that continues a list (skipping the rest of an item's description), or -1. */
    private int nextCoordinated(Reading r, int k, int sentence, boolean nested) {
        Tokens t = r.tokens();
        for (int j = k; j < Math.min(t.size(), k + 20) && t.get(j).sentence() == sentence; j++) {
            if (lex.triggers.at(t, j).isPresent() || lex.is(t, j, Context.STOP)
                    || (nested && j > 0 && !t.sameClause(j - 1, j))) {
                return -1;
            }
            String w = t.get(j).text();
            if (w.equals("و") && r.numberAt(j + 1).isPresent()) {
                return j;
            }
            if (w.startsWith("و") && (r.numberAt(j).isPresent() || r.nounCount(j).isPresent())) {
                return j;
            }
        }
        return -1;
    }

    private FoundFigure figure(Reading r, int from, CountPhrase cp, Outcome outcome, String rule) {
        if (cp.number() != null) {
            r.consume(cp.number());
        }
        for (int k = cp.from(); k < cp.to(); k++) {
            r.useNoun(k);
        }
        var owner = r.actorAt(cp.to() - 1).filter(a -> cp.to() - 1 > cp.from() || cp.number() == null)
                .or(() -> actorAfter(r, cp.to()));
        String actor = owner.map(Reading.ActorRef::actorId).orElse(classActor(cp.nounClass()));
        int to = owner.map(Reading.ActorRef::to).orElse(cp.to());
        return new FoundFigure(Math.min(from, cp.from()), Math.max(to, cp.to()), outcome, cp.count(), actor,
                cp.nounClass(), -1, rule, false, cp.noun());
    }

    /**
     * A count at token k: a number (with the noun after it, if any), "أحد" + noun, or a noun carrying its own count
     * (dual 2, indefinite singular 1). With {@code loose}, also a number with no noun after it ("مقتل 6",
     * "بينهم 374") and a bare plural noun ("مقتل عناصر", at least 3).
     */
    Optional<CountPhrase> countAt(Reading r, int k, boolean loose) {
        if (k < 0 || k >= r.tokens().size()) {
            return Optional.empty();
        }
        var n = r.numberAt(k);
        if (n.isPresent()) {
            if (heldPopulation(r, k)) {
                return Optional.empty();
            }
            var noun = r.noun(n.get().to());
            String cls = noun.map(m -> m.noun().nounClass().name()).orElse(null);
            if (noun.isEmpty() && n.get().to() + 1 < r.tokens().size() && isPartitive(r.tokens(), n.get().to())) {
                cls = partitiveClass(r, n.get().to() + 1); // "اثنان من أطفالها": two of her children
            }
            int to = noun.isPresent() ? n.get().to() + 1 : n.get().to();
            boolean counted = noun.isPresent() || (to < r.tokens().size() && isPartitive(r.tokens(), to));
            return counted || loose ? Optional.of(new CountPhrase(k, to, n.get().count(), cls, n.get(),
                    noun.map(m -> m.noun().lemma()).orElse(null))) : Optional.empty();
        }
        if (r.nounUsed(k)) {
            return Optional.empty();
        }
        var noun = r.noun(k);
        if (noun.isEmpty()) {
            return possessed(r, k);
        }
        var count = r.nounCount(k);
        var two = r.numberAt(k + 1).filter(m -> m.to() == k + 2 && Long.valueOf(2).equals(m.count().value()));
        if (count.isPresent() && count.get().value() == null && two.isPresent()) {
            // "عسكريين اثنين", "مدنيين اثنين": the number after the noun says dual, not plural
            return Optional.of(new CountPhrase(k, k + 2, two.get().count(), noun.get().noun().nounClass().name(),
                    two.get(), noun.get().noun().lemma()));
        }
        if (count.isEmpty() || (!loose && count.get().value() == null)) {
            return Optional.empty();
        }
        return Optional.of(new CountPhrase(k, k + 1, count.get(), noun.get().noun().nounClass().name(), null,
                noun.get().noun().lemma()));
    }

    /** The outcome a count's own noun says ("و20 جريحا" is injured, whatever came before), else the default. */
    private Outcome outcomeOf(Reading r, CountPhrase cp, Outcome otherwise) {
        var own = lex.triggers.at(r.tokens(), cp.to() - 1);
        return own.isPresent() && own.get().value().form() == FigureLexicon.Form.PERSON ? own.get().value().outcome()
                : otherwise;
    }

    /** "بعد قتل حارسه": a singular noun with a possessive suffix is one person. */
    private static Optional<CountPhrase> possessed(Reading r, int k) {
        String w = r.tokens().get(k).text();
        for (String suffix : new String[] { "ه", "ها" }) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                var m = r.nouns().match(w.substring(0, w.length() - suffix.length()));
                if (m.isPresent() && m.get().form() == org.sijill.text.CountNouns.Form.SINGULAR) {
                    return Optional.of(new CountPhrase(k, k + 1, Count.exact(1), m.get().noun().nounClass().name(),
                            null, m.get().noun().lemma()));
                }
            }
        }
        return Optional.empty();
    }

    /** The class of the noun after a partitive "من", with or without a possessive suffix (أطفالها، عناصره). */
    private static String partitiveClass(Reading r, int k) {
        var noun = r.noun(k);
        if (noun.isPresent()) {
            return noun.get().noun().nounClass().name();
        }
        String w = r.tokens().get(k).text();
        for (String suffix : new String[] { "هم", "ها", "ه" }) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                var m = r.nouns().match(w.substring(0, w.length() - suffix.length()));
                if (m.isPresent()) {
                    return m.get().noun().nounClass().name();
                }
            }
        }
        return null;
    }

    private static boolean isPartitive(Tokens t, int k) {
        return t.get(k).text().equals("من");
    }

    private boolean heldPopulation(Reading r, int k) {
        for (int j = Math.max(0, k - 3); j < k; j++) {
            if (lex.is(r.tokens(), j, Context.HOLDING)) {
                return true;
            }
        }
        return false;
    }

    /** Whose casualties: the first actor named after the count, before the description turns to someone else. */
    private Optional<Reading.ActorRef> actorAfter(Reading r, int k) {
        Tokens t = r.tokens();
        for (int j = k; j < Math.min(t.size(), k + ACTOR_WINDOW) && (j == 0 || t.sameClause(j - 1, j)); j++) {
            if (t.get(j).text().startsWith("و") && r.noun(j).isPresent()) {
                return Optional.empty(); // "امرأتين وطفل": the next count, not an owner
            }
            var a = r.actorAt(j);
            if (a.isPresent()) {
                return a;
            }
            if (lex.is(t, j, Context.STOP) || lex.is(t, j, Context.SUBSET) || lex.is(t, j, Context.BREAKDOWN)
                    || lex.triggers.at(t, j).isPresent() || r.numberAt(j).isPresent()
                    || (j > k && r.noun(j).isPresent() && t.get(j).text().startsWith("و"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String actorBetween(Reading r, int from, int to) {
        for (int j = from; j < to; j++) {
            var a = r.actorAt(j);
            if (a.isPresent() && !territory(r.tokens(), j)) {
                return a.get().actorId();
            }
        }
        return null;
    }

    /** "مناطق نفوذ الإدارة الذاتية", "مناطق سيطرة قسد": the actor names an area, not whose casualties they are. */
    private static boolean territory(Tokens t, int actor) {
        String before = actor > 0 ? t.get(actor - 1).text() : "";
        return before.equals("نفوذ") || before.equals("سيطره") || before.equals("مناطق");
    }

    static String classActor(String nounClass) {
        return nounClass != null && (nounClass.equals(CountNouns.NounClass.CIVILIAN.name())
                || nounClass.equals(CountNouns.NounClass.CHILD.name())
                || nounClass.equals(CountNouns.NounClass.WOMAN.name())) ? "civilians" : null;
    }

    private List<FoundFigure> markAggregates(Tokens t, List<FoundFigure> figures) {
        var aggregateSentences = new java.util.HashSet<Integer>();
        for (var hit : lex.context.findAll(t)) {
            if (hit.value() == Context.AGGREGATE) {
                aggregateSentences.add(t.get(hit.from()).sentence());
            }
        }
        return figures.stream().map(f -> aggregateSentences.contains(t.get(f.from()).sentence()) ? f.asAggregate() : f)
                .toList();
    }
}
