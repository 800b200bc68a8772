package org.sijill.extract.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijill.extract.actors.ActorMatch;
import org.sijill.text.Count;
import org.sijill.text.CountNouns;
import org.sijill.text.NormalizedText;
import org.sijill.text.NumberKind;
import org.sijill.text.NumberMention;

/**
 * One article as the figure rules see it: tokens of the key view, the counts the number parser found (by token),
 * the actors the actor resolver found (by token), and what a counted noun itself says. Numbers that are not
 * counts (years, dates, handles, outlet names like "دير الزور 24") never appear here.
 */
public final class Reading {

    /** A count expression over tokens [from, to). */
    public record NumberRef(int from, int to, Count count) {
    }

    /** An actor name over tokens [from, to). */
    public record ActorRef(int from, int to, String actorId, boolean inferred) {
    }

    private final NormalizedText text;
    private final Tokens tokens;
    private final CountNouns nouns;
    private final Map<Integer, NumberRef> numberStarting = new HashMap<>();
    private final Map<Integer, NumberRef> numberEnding = new HashMap<>();
    /** The actor named from each token on (null if none): an array, as rules ask this of every token. */
    private final ActorRef[] actorStarting;
    private final Set<Integer> consumed = new HashSet<>();

    public Reading(NormalizedText text, Tokens tokens, List<NumberMention> numbers, List<ActorMatch> actors,
            CountNouns nouns) {
        this.text = text;
        this.tokens = tokens;
        this.nouns = nouns;
        this.actorStarting = new ActorRef[tokens.size()];
        for (NumberMention n : numbers) {
            if (n.kind() != NumberKind.COUNT) {
                continue;
            }
            int from = tokens.indexAt(n.key().start());
            int to = tokens.lastIndexBefore(n.key().end()) + 1;
            if (from < to) {
                var ref = new NumberRef(from, to, n.count());
                numberStarting.put(from, ref);
                numberEnding.put(to - 1, ref);
            }
        }
        for (ActorMatch a : actors) {
            int from = tokens.indexAt(a.start());
            int to = tokens.lastIndexBefore(a.end()) + 1;
            if (from < to) {
                if (actorStarting[from] == null) {
                    actorStarting[from] = new ActorRef(from, to, a.actorId(), a.inferred());
                }
            }
        }
    }

    public NormalizedText text() {
        return text;
    }

    public Tokens tokens() {
        return tokens;
    }

    public CountNouns nouns() {
        return nouns;
    }

    public Optional<NumberRef> numberAt(int token) {
        return Optional.ofNullable(numberStarting.get(token)).filter(n -> !consumed.contains(n.from()));
    }

    public Optional<NumberRef> numberEndingAt(int token) {
        return Optional.ofNullable(numberEnding.get(token)).filter(n -> !consumed.contains(n.from()));
    }

    public void consume(NumberRef n) {
        consumed.add(n.from());
    }

    private final Set<Integer> usedNouns = new HashSet<>();

    /** A counted noun already read as part of a figure is not read again ("قتل شخص وأصيب ..."). */
    public void useNoun(int token) {
        usedNouns.add(token);
    }

    public boolean nounUsed(int token) {
        return usedNouns.contains(token);
    }

    public Optional<ActorRef> actorAt(int token) {
        return token >= 0 && token < actorStarting.length ? Optional.ofNullable(actorStarting[token]) : Optional.empty();
    }

    /** The counted noun at a token, read with its diacritics (a fatha-marked dual is 2). */
    public Optional<CountNouns.Match> noun(int token) {
        if (token < 0 || token >= tokens.size()) {
            return Optional.empty();
        }
        return nouns.match(tokens.get(token).text());
    }

    public Optional<Count> nounCount(int token) {
        if (token < 0 || token >= tokens.size()) {
            return Optional.empty();
        }
        var t = tokens.get(token);
        return nouns.count(text.cleanOf(t.start(), t.end()));
    }
}
