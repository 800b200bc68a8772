package org.sijill.extract.rules;

import java.util.Optional;
import org.sijill.extract.Proclitics;
import org.sijill.extract.model.Outcome;
import org.sijill.extract.rules.FigureLexicon.Context;
import org.sijill.text.Count;
import org.sijill.text.CountNouns;

/**
 * Reads one count phrase and whose casualties it counts: "ستة أشخاص", "عنصرين من خلايا التنظيم", "أحد عناصر قسد",
 * "مدنيان" (a noun carrying its own count), "اثنان من أطفالها". The casualty rules decide where a count may stand;
 * this class reads what stands there.
 */
final class CountReader {

    private static final int ACTOR_WINDOW = 8;

    private final FigureLexicon lex;

    CountReader(FigureLexicon lex) {
        this.lex = lex;
    }

    FoundFigure figure(Reading r, int from, CountPhrase cp, Outcome outcome, String rule) {
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
    Outcome outcomeOf(Reading r, CountPhrase cp, Outcome otherwise) {
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

    static boolean isPartitive(Tokens t, int k) {
        return t.get(k).text().equals("من");
    }

    boolean heldPopulation(Reading r, int k) {
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
            if (lex.is(t, j, Context.STOP)) {
                return Optional.empty(); // "وإصابة آخرين بعدوان إسرائيلي": who did it, not whose casualties
            }
            var a = r.actorAt(j);
            if (a.isPresent()) {
                return a;
            }
            if (lex.is(t, j, Context.SUBSET) || lex.is(t, j, Context.BREAKDOWN)
                    || lex.triggers.at(t, j).isPresent() || r.numberAt(j).isPresent()
                    || (j > k && r.noun(j).isPresent() && t.get(j).text().startsWith("و"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static String actorBetween(Reading r, int from, int to) {
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

    /**
     * "تحييد المدنيين", "حماية المدنيين": a definite plural with no number names people already known or in general,
     * it does not count them (a definite singular or dual still does: "استشهاد المواطنة").
     */
    static boolean definitePlural(Reading r, CountPhrase cp) {
        if (cp.number() != null || cp.count().value() != null) {
            return false;
        }
        return Proclitics.definite(r.tokens().get(cp.from()).text());
    }
}
