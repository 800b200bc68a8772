package org.sijill.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        return find(KeyText.of(keyText), null);
    }

    /** Mentions in a key-form text; asOf (the article's date, may be null) picks among date-bound actors. */
    public List<ActorMatch> find(String keyText, LocalDate asOf) {
        return find(KeyText.of(keyText), asOf);
    }

    /** As {@link #find(String, LocalDate)}, on a text already tokenised. */
    public List<ActorMatch> find(KeyText t, LocalDate asOf) {
        var out = new ArrayList<ActorMatch>();
        Set<String> cues = null;
        int i = 0;
        while (i < t.size()) {
            List<Proclitics.Reading> readings = t.readings(i);
            var alias = lexicon.aliases().longestAt(t, i, readings);
            var anaphor = lexicon.anaphors().longestAt(t, i, readings);
            int aliasLast = alias.map(PhraseIndex.Hit::last).orElse(-1);
            int anaphorLast = anaphor.map(PhraseIndex.Hit::last).orElse(-1);
            if (aliasLast > 0 && aliasLast >= anaphorLast) {
                ActorLexicon.ContextRule context = lexicon.contextRule(alias.get().phrase());
                if (context != null && cues == null) {
                    cues = contextCues(t);
                }
                out.add(named(alias.get(), context, cues, asOf));
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

    private ActorMatch named(PhraseIndex.Hit<List<String>> hit, ActorLexicon.ContextRule context, Set<String> cues,
            LocalDate asOf) {
        if (context == null) {
            return new ActorMatch(hit.start(), hit.end(), byDate(hit.value(), asOf), "actor.alias", false);
        }
        boolean alternativeValid = asOf == null || lexicon.actor(context.alternativeId()).orElseThrow().validOn(asOf);
        boolean alternative = alternativeValid && context.alternativeCues().stream().anyMatch(cues::contains)
                && context.defaultCues().stream().noneMatch(cues::contains);
        return new ActorMatch(hit.start(), hit.end(), alternative ? context.alternativeId() : context.defaultId(),
                "actor.alias-context", false);
    }

    /** Context cues present anywhere in the article, found in one pass. */
    private Set<String> contextCues(KeyText t) {
        var present = new HashSet<String>();
        for (var hit : lexicon.contextCues().findAll(t, true)) {
            present.add(hit.phrase());
        }
        return present;
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
