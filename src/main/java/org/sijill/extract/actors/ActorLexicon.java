package org.sijill.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sijill.extract.KeyText;
import org.sijill.extract.PhraseIndex;
import org.sijill.extract.Tsv;

/**
 * Actors, their aliases, anaphors and context rules, from {@code lexicon/actors.tsv} and
 * {@code lexicon/ar/actor-{aliases,anaphora,context}.tsv}. Every alias is run through the key function.
 */
public final class ActorLexicon {

    static final String ACTORS = "lexicon/actors.tsv";

    static final String ALIASES = "lexicon/ar/actor-aliases.tsv";

    static final String ANAPHORA = "lexicon/ar/actor-anaphora.tsv";

    static final String CONTEXT = "lexicon/ar/actor-context.tsv";

    /** A word that refers back: antecedent ids ("*" = any fighting actor) and the fallback id (or null). */
    record Anaphor(Set<String> antecedents, String fallback) {

        boolean accepts(Actor a) {
            return antecedents.contains(a.id()) || antecedents.contains("*") && a.kind() != ActorKind.CIVILIANS
                    && a.kind() != ActorKind.UNKNOWN && a.kind() != ActorKind.AUTHORITY;
        }
    }

    /** Default actor unless the article has an alternative cue and no default cue (cues as key phrases). */
    record ContextRule(String defaultId, String alternativeId, Set<String> alternativeCues, Set<String> defaultCues) {
    }

    private final UnaryOperator<String> key;

    private final Map<String, Actor> actors = new LinkedHashMap<>();

    private final PhraseIndex<List<String>> aliases = new PhraseIndex<>();

    private final PhraseIndex<Anaphor> anaphors = new PhraseIndex<>();

    private final Map<String, ContextRule> contextRules = new LinkedHashMap<>();

    /** Every context cue of every rule, so one pass over an article finds which are present. */
    private final PhraseIndex<Boolean> contextCues = new PhraseIndex<>();

    public ActorLexicon(UnaryOperator<String> key) {
        this.key = key;
        for (String[] r : Tsv.read(ACTORS, 8)) {
            actors.put(r[0], new Actor(r[0], r[1], r[2], ActorKind.valueOf(r[3]), blank(r[4]), date(r[5]), date(r[6])));
        }
        actors.values().forEach(a -> require(a.parentId() == null ? a.id() : a.parentId(), ACTORS));
        for (String[] r : Tsv.read(ALIASES, 2)) {
            String id = require(r[1], ALIASES);
            aliases.put(key.apply(r[0]), new ArrayList<>(List.of(id)), (old, neu) -> {
                old.addAll(neu);
                return old;
            });
        }
        for (String[] r : Tsv.read(ANAPHORA, 3)) {
            Set<String> ante = Set.copyOf(Tsv.list(r[1], ";"));
            ante.stream().filter(a -> !a.equals("*")).forEach(a -> require(a, ANAPHORA));
            String fallback = r[2].equals("-") || r[2].isEmpty() ? null : require(r[2], ANAPHORA);
            anaphors.put(key.apply(r[0]), new Anaphor(ante, fallback));
        }
        for (String[] r : Tsv.read(CONTEXT, 5)) {
            var rule = new ContextRule(require(r[1], CONTEXT), require(r[2], CONTEXT), cues(r[3]), cues(r[4]));
            contextRules.put(KeyText.phrase(key.apply(r[0])), rule);
        }
    }

    private Set<String> cues(String field) {
        var phrases = new HashSet<String>();
        for (String cue : Tsv.list(field, ";")) {
            String phrase = KeyText.phrase(key.apply(cue));
            phrases.add(phrase);
            contextCues.putPhrase(phrase, Boolean.TRUE, (a, b) -> a);
        }
        return phrases;
    }

    private String require(String id, String file) {
        if (!actors.containsKey(id)) {
            throw new IllegalStateException(file + ": unknown actor id " + id);
        }
        return id;
    }

    public UnaryOperator<String> key() {
        return key;
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Collection<Actor> actors() {
        return actors.values();
    }

    /** Actor ids an alias (any spelling) names, in file order; empty if it is not an alias. */
    public List<String> idsFor(String alias) {
        List<String> ids = aliases.get(KeyText.phrase(key.apply(alias)));
        return ids == null ? List.of() : List.copyOf(ids);
    }

    PhraseIndex<List<String>> aliases() {
        return aliases;
    }

    PhraseIndex<Anaphor> anaphors() {
        return anaphors;
    }

    PhraseIndex<Boolean> contextCues() {
        return contextCues;
    }

    ContextRule contextRule(String phrase) {
        return contextRules.get(phrase);
    }

    private static String blank(String s) {
        return s.isBlank() ? null : s;
    }

    private static LocalDate date(String s) {
        return s.isBlank() ? null : LocalDate.parse(s);
    }
}
