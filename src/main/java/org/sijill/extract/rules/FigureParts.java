package org.sijill.extract.rules;

import java.util.List;
import org.sijill.extract.rules.FigureLexicon.Context;

/**
 * The counts that follow a figure in its sentence: its parts ({@code casualty.subset}: "بينهم 3 عناصر لقوى الأمن
 * الداخلي", "هم 54 مدني ... و93 من قسد"), the items of a list under it ({@code casualty.list-item}: "وهم:" then "-
 * عنصران من قوات الحكومة ..."), and further counts coordinated with it ({@code casualty.coordinated}: "مقتل عنصرين من
 * قسد، وعنصرين من الأسايش").
 */
final class FigureParts {

    private final FigureLexicon lex;

    private final CountReader counts;

    FigureParts(FigureLexicon lex, CountReader counts) {
        this.lex = lex;
        this.counts = counts;
    }

    /** Parts of the figure just found ("بينهم ..."), and further counts coordinated with it ("، وعنصرين من ..."). */
    void followers(Reading r, List<FoundFigure> out, int index) {
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
                var cp = counts.countAt(r, t.get(k).text().equals("و") ? k + 1 : k, false);
                if (cp.isPresent() && cp.get().count().qualifier() == org.sijill.text.Qualifier.EXACT) {
                    out.add(counts.figure(r, k, cp.get(), counts.outcomeOf(r, cp.get(), f.outcome()), "casualty.coordinated")
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
            var cp = counts.countAt(r, at, true);
            if (cp.isEmpty()) {
                return;
            }
            FoundFigure child = counts.figure(r, k, cp.get(), p.outcome(), "casualty.subset").withParent(parent);
            if (child.actorId() == null) {
                child = child.withActor(CountReader.classActor(cp.get().nounClass()));
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
            var cp = counts.countAt(r, k, true);
            if (cp.isEmpty()) {
                return;
            }
            FoundFigure item = counts.figure(r, k, cp.get(), p.outcome(), "casualty.list-item").withParent(parent);
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
}
