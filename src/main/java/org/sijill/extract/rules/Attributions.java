package org.sijill.extract.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sijill.extract.sources.CueKind;
import org.sijill.extract.sources.SourceMatch;

/**
 * Who each sentence's numbers come from: the source a cue in the sentence names ("بحسب ...", "قال ...", "ذكر مصدر
 * ... لوكالة رويترز"); a sentence that goes on with "وأضاف"/"وأضافت" keeps the source of the one before it; the
 * lines of an embedded tweet belong to the account its signature line names.
 */
public final class Attributions {

    private final PhraseTable<Boolean> continuations;

    public Attributions(UnaryOperator<String> key) {
        continuations = PhraseTable.load("/lexicon/ar/attribution-continuations.tsv", key, false, r -> Boolean.TRUE);
    }

    /** Sentence ordinal → the citation that sentence's figures are attributed to. */
    public Map<Integer, SourceMatch> bySentence(Tokens t, List<SourceMatch> citations) {
        var out = new HashMap<Integer, SourceMatch>();
        for (SourceMatch c : citations) {
            int at = Math.min(t.indexAt(c.start()), t.size() - 1);
            if (at < 0) {
                continue;
            }
            if (c.cueKind() == CueKind.EMBED) {
                tweetLines(t, c.start()).forEach(s -> out.put(s, c));
                continue;
            }
            int sentence = t.get(at).sentence();
            SourceMatch current = out.get(sentence);
            if (current == null || rank(c.cueKind()) < rank(current.cueKind())) {
                out.put(sentence, c);
            }
        }
        for (int s = 1; s < t.sentenceCount(); s++) {
            if (!out.containsKey(s) && out.containsKey(s - 1) && startsWithContinuation(t, s)) {
                out.put(s, out.get(s - 1));
            }
        }
        return out;
    }

    private boolean startsWithContinuation(Tokens t, int sentence) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).sentence() == sentence) {
                return continuations.at(t, i).isPresent();
            }
        }
        return false;
    }

    /** The sentences on the non-empty line before a tweet's signature line. */
    private static List<Integer> tweetLines(Tokens t, int signatureStart) {
        String key = t.key();
        int lineStart = key.lastIndexOf('\n', Math.max(0, signatureStart - 1));
        if (lineStart < 0) {
            return List.of();
        }
        int prevEnd = lineStart;
        while (prevEnd > 0 && key.substring(key.lastIndexOf('\n', prevEnd - 1) + 1, prevEnd).isBlank()) {
            prevEnd = key.lastIndexOf('\n', prevEnd - 1);
            if (prevEnd < 0) {
                return List.of();
            }
        }
        int from = key.lastIndexOf('\n', prevEnd - 1) + 1;
        int to = prevEnd;
        return t.list().stream().filter(tok -> tok.start() >= from && tok.end() <= to)
                .map(Tokens.Token::sentence).distinct().toList();
    }

    /** Lower is a more specific attribution. */
    private static int rank(CueKind k) {
        return switch (k) {
            case TOLD -> 0;
            case ACCORDING_TO, SAID, PUBLISHED, MONITORED, REPORTER -> 1;
            case EMBED -> 2;
            case ON_PLATFORM -> 3;
            default -> 4;
        };
    }

    static Optional<String> sourceId(SourceMatch m) {
        return Optional.ofNullable(m).map(SourceMatch::sourceId);
    }
}
