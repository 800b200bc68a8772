package org.sijill.extract.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijill.extract.KeyText;
import org.sijill.extract.PhraseIndex;

/** One pass over a key-form text: every source alias and every cue word, each longest-first with proclitics. */
final class SourceScan {

    /** Cues reach at most this many tokens forward: "قال فرهاد شامي، رئيس المركز الإعلامي لقوات سوريا الديمقراطية". */
    static final int WINDOW = 12;

    /** After "أن/إن" comes what was said, not who said it: "وقال المرصد إن ... قوى الأمن الداخلي". */
    private static final Set<String> COMPLEMENTIZERS = Set.of("ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "لان");

    final KeyText text;

    final List<PhraseIndex.Hit<SourceLexicon.Alias>> mentions;

    final List<PhraseIndex.Hit<SourceLexicon.Cue>> cues;

    SourceScan(SourceLexicon lexicon, KeyText text) {
        this.text = text;
        var all = lexicon.aliases().findAll(text, true);
        this.mentions = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            var m = all.get(i);
            var next = i + 1 < all.size() ? all.get(i + 1) : null;
            // "نشطاء المرصد" is the monitor's own activists; "مصادر محلية لعنب بلدي" is not a construct (لـ)
            boolean construct = next != null && next.first() == m.last() && next.clitics().isEmpty()
                    && text.joinsNext(m.last() - 1);
            if (!(m.value().generic() && construct)) {
                mentions.add(m);
            }
        }
        this.cues = lexicon.cues().findAll(text, true);
    }

    /**
     * The nearest cue before a mention in the same clause: within {@link #WINDOW} tokens, no sentence break and
     * no complementizer in between; platform cues (على، عبر) only count for social media, within 3 tokens.
     */
    PhraseIndex.Hit<SourceLexicon.Cue> cueBefore(PhraseIndex.Hit<SourceLexicon.Alias> mention, boolean socialMedia) {
        for (int c = cues.size() - 1; c >= 0; c--) {
            var cue = cues.get(c);
            if (cue.last() > mention.first()) {
                continue;
            }
            int gap = mention.first() - cue.last();
            if (gap > WINDOW || interrupted(cue.last(), mention.first())) {
                return null;
            }
            CueKind kind = cue.value().kind();
            if (kind == CueKind.ON_PLATFORM ? socialMedia && gap <= 3 : kind.attributes()) {
                return cue;
            }
        }
        return null;
    }

    /** A sentence break or a complementizer between token from-1 and token to. */
    boolean interrupted(int from, int to) {
        for (int k = Math.max(from, 1); k <= to && k < text.size(); k++) {
            if (text.breakBefore(k) || k < to && COMPLEMENTIZERS.contains(text.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** The first mention starting at token i, or null. */
    PhraseIndex.Hit<SourceLexicon.Alias> mentionAt(int i) {
        for (var m : mentions) {
            if (m.first() == i) {
                return m;
            }
            if (m.first() > i) {
                break;
            }
        }
        return null;
    }
}
