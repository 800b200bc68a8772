package org.sijill.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijill.extract.KeyText;
import org.sijill.extract.PhraseIndex;
import org.sijill.extract.Proclitics;

/**
 * Finds actor mentions in key-form text: the longest alias at each token, proclitics allowed
 * ({@code لقسد}، {@code وللتحالف}، {@code بداعش}); then anaphors ({@code التنظيم}، {@code الخلايا}،
 * {@code عناصره}) resolved to the last actor named before them among the anaphor's antecedents.
 * Example: {@code قتل عنصران من خلايا تنظيم “الدولة الإسلامية”، واعتقلت قسد عنصرا من التنظيم} gives isis
 * (alias), sdf (alias), isis (anaphora, inferred).
 */
public final class ActorResolver {

    private final ActorLexicon lexicon;

    public ActorResolver(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Mentions without a date: an alias shared by two actors goes to the one still valid (open validTo). */
    public List<ActorMatch> find(String keyText) {
        return find(keyText, null);
    }

    /** Mentions in a key-form text; asOf (the article's date, may be null) picks among date-bound actors. */
    public List<ActorMatch> find(String keyText, LocalDate asOf) {
        KeyText t = KeyText.of(keyText);
        var out = new ArrayList<ActorMatch>();
        var decided = new HashMap<ActorLexicon.ContextRule, String>();
        int i = 0;
        while (i < t.size()) {
            List<Proclitics.Reading> readings = Proclitics.readings(t.token(i));
            var alias = lexicon.aliases().longestAt(t, i, readings);
            var anaphor = lexicon.anaphors().longestAt(t, i, readings);
            int aliasLast = alias.map(PhraseIndex.Hit::last).orElse(-1);
            int anaphorLast = anaphor.map(PhraseIndex.Hit::last).orElse(-1);
            if (aliasLast > 0 && aliasLast >= anaphorLast) {
                out.add(named(alias.get(), t, asOf, decided));
                i = aliasLast;
            } else if (anaphorLast > 0) {
                resolve(anaphor.get(), out).ifPresent(out::add);
                i = anaphorLast;
            } else {
                i++;
            }
        }
        return out;
    }

    private ActorMatch named(PhraseIndex.Hit<List<String>> hit, KeyText t, LocalDate asOf,
            Map<ActorLexicon.ContextRule, String> decided) {
        String id = byDate(hit.value(), asOf);
        String rule = "actor.alias";
        ActorLexicon.ContextRule context = lexicon.contextRule(hit.phrase());
        if (context != null) {
            rule = "actor.alias-context";
            id = decided.computeIfAbsent(context, c -> decide(c, t, asOf));
        }
        return new ActorMatch(hit.start(), hit.end(), id, rule, false);
    }

    private String decide(ActorLexicon.ContextRule c, KeyText t, LocalDate asOf) {
        boolean alternativeValid = asOf == null || lexicon.actor(c.alternativeId()).orElseThrow().validOn(asOf);
        return alternativeValid && mentions(t, c.alternativeCues()) && !mentions(t, c.defaultCues())
                ? c.alternativeId() : c.defaultId();
    }

    private String byDate(List<String> ids, LocalDate asOf) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        for (String id : ids) {
            Actor a = lexicon.actor(id).orElseThrow();
            if (asOf == null ? a.validTo() == null : a.validOn(asOf)) {
                return id;
            }
        }
        return ids.get(0);
    }

    private static boolean mentions(KeyText t, PhraseIndex<Boolean> cues) {
        for (int i = 0; i < t.size(); i++) {
            if (cues.longestAt(t, i, true).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<ActorMatch> resolve(PhraseIndex.Hit<ActorLexicon.Anaphor> hit, List<ActorMatch> before) {
        ActorLexicon.Anaphor anaphor = hit.value();
        for (int k = before.size() - 1; k >= 0; k--) {
            ActorMatch m = before.get(k);
            if (!m.inferred() && anaphor.accepts(lexicon.actor(m.actorId()).orElseThrow())) {
                return Optional.of(new ActorMatch(hit.start(), hit.end(), m.actorId(), "actor.anaphora", true));
            }
        }
        return Optional.ofNullable(anaphor.fallback())
                .map(id -> new ActorMatch(hit.start(), hit.end(), id, "actor.anaphora-default", true));
    }
}
