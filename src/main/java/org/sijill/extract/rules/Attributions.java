package org.sijill.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sijill.extract.sources.CueKind;
import org.sijill.extract.sources.SourceMatch;

/**
 * Who the article says gave each number, in this order:
 * <ol>
 * <li>the lines of an embedded tweet belong to the account its signature line names;</li>
 * <li>a source cited before the number in its sentence ("ذكر مصدر عسكري لوكالة رويترز أن 7 عناصر ...");</li>
 * <li>the sentence's speaker: a source named before "أن/إن" ("أفاد مراسل العربي ... أن ..."), or, for a sentence
 * that goes on with "وأضاف"/"وأردف", the previous sentence's speaker;</li>
 * <li>a source cited after the number in its sentence ("..., بحسب الشبكة المحلية").</li>
 * </ol>
 * With none of these the number is the publisher's own. A source merely named (a photo credit) attributes nothing.
 */
public final class Attributions {

    /** Per-article result: the citation a figure at a given token is attributed to, or null. */
    public static final class Resolved {
        private final Tokens t;
        private final Map<Integer, List<SourceMatch>> bySentence;
        private final Map<Integer, SourceMatch> speakers;
        private final Map<Integer, SourceMatch> tweets;

        Resolved(Tokens t, Map<Integer, List<SourceMatch>> bySentence, Map<Integer, SourceMatch> speakers,
                Map<Integer, SourceMatch> tweets) {
            this.t = t;
            this.bySentence = bySentence;
            this.speakers = speakers;
            this.tweets = tweets;
        }

        public SourceMatch at(int token) {
            int s = t.get(token).sentence();
            if (tweets.containsKey(s)) {
                return tweets.get(s);
            }
            SourceMatch before = null;
            SourceMatch after = null;
            for (SourceMatch c : bySentence.getOrDefault(s, List.of())) {
                if (c.end() <= t.get(token).start()) {
                    if (before == null || rank(c.cueKind()) < rank(before.cueKind())) {
                        before = c;
                    }
                } else if (after == null && c.start() >= t.get(token).end()) {
                    after = c;
                }
            }
            if (before != null) {
                return before;
            }
            return speakers.containsKey(s) ? speakers.get(s) : after;
        }
    }

    private final PhraseTable<String> words;

    public Attributions(UnaryOperator<String> key) {
        words = PhraseTable.load("/lexicon/ar/attribution-words.tsv", key, false, r -> r[1]);
    }

    public Resolved resolve(Tokens t, List<SourceMatch> citations) {
        var bySentence = new HashMap<Integer, List<SourceMatch>>();
        var tweets = new HashMap<Integer, SourceMatch>();
        for (SourceMatch c : citations) {
            if (c.cueKind() == CueKind.EMBED) {
                tweetLines(t, c.start()).forEach(s -> tweets.put(s, c));
            } else if (c.cueKind() == CueKind.MENTION && headlineSource(t.key(), c)) {
                // "المرصد السوري لحقوق الإنسان: تنظيم الدولة يتبنى ... لمقتل ستة ..." — the line is that source's
                lineSentences(t, c.start()).forEach(s -> tweets.putIfAbsent(s, c));
            } else if (rank(c.cueKind()) < rank(CueKind.MENTION)) {
                int at = Math.min(t.indexAt(c.start()), t.size() - 1);
                if (at >= 0) {
                    bySentence.computeIfAbsent(t.get(at).sentence(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        var speakers = new HashMap<Integer, SourceMatch>();
        for (int s = 0; s < t.sentenceCount(); s++) {
            int first = t.firstOfSentence(s);
            if (first < 0) {
                continue;
            }
            int that = firstWord(t, first, s, "THAT");
            SourceMatch speaker = null;
            for (SourceMatch c : bySentence.getOrDefault(s, List.of())) {
                if (c.start() < (that < 0 ? Integer.MAX_VALUE : t.get(that).start())
                        && (speaker == null || rank(c.cueKind()) < rank(speaker.cueKind()))) {
                    speaker = c;
                }
            }
            if (speaker == null && s > 0 && words.at(t, first).map(h -> "CONTINUATION".equals(h.value())).orElse(false)) {
                speaker = speakers.get(s - 1);
            }
            if (speaker != null) {
                speakers.put(s, speaker);
            }
        }
        return new Resolved(t, bySentence, speakers, tweets);
    }

    private int firstWord(Tokens t, int from, int sentence, String role) {
        for (int i = from; i < t.size() && t.get(i).sentence() == sentence; i++) {
            if (words.at(t, i).map(h -> role.equals(h.value())).orElse(false)) {
                return i;
            }
        }
        return -1;
    }

    /** A source named at the very start of a line and followed by a colon speaks that line. */
    private static boolean headlineSource(String key, SourceMatch c) {
        int lineStart = key.lastIndexOf('\n', Math.max(0, c.start() - 1)) + 1;
        if (!key.substring(lineStart, c.start()).isBlank()) {
            return false;
        }
        int after = c.end();
        while (after < key.length() && key.charAt(after) == ' ') {
            after++;
        }
        return after < key.length() && key.charAt(after) == ':';
    }

    private static List<Integer> lineSentences(Tokens t, int offset) {
        String key = t.key();
        int from = key.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = key.indexOf('\n', offset);
        int to = end < 0 ? key.length() : end;
        return t.list().stream().filter(tok -> tok.start() >= from && tok.end() <= to).map(Tokens.Token::sentence)
                .distinct().toList();
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
}
