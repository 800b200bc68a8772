package org.sijill.extract.sources;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sijill.extract.PhraseIndex;
import org.sijill.extract.Tsv;

/**
 * Sources, their aliases and the cue words around them, from {@code lexicon/sources.tsv} and
 * {@code lexicon/ar/source-{aliases,cues}.tsv}. Every alias and cue is run through the key function.
 */
public final class SourceLexicon {

    static final String SOURCES = "lexicon/sources.tsv";

    static final String ALIASES = "lexicon/ar/source-aliases.tsv";

    static final String CUES = "lexicon/ar/source-cues.tsv";

    /**
     * An alias; cueOnly ones are ordinary words too and count only right after a cue; generic ones (نشطاء)
     * give way to a source named right after them (نشطاء المرصد).
     */
    record Alias(String sourceId, boolean cueOnly, boolean generic) {
    }

    record Cue(CueKind kind, int weight) {
    }

    private final UnaryOperator<String> key;

    private final Map<String, Source> sources = new LinkedHashMap<>();

    private final PhraseIndex<Alias> aliases = new PhraseIndex<>();

    private final PhraseIndex<Cue> cues = new PhraseIndex<>();

    public SourceLexicon(UnaryOperator<String> key) {
        this.key = key;
        for (String[] r : Tsv.read(SOURCES, 5)) {
            sources.put(r[0], new Source(r[0], r[1], r[2], SourceKind.valueOf(r[3]), r[4].isBlank() ? null : r[4]));
        }
        for (String[] r : Tsv.read(ALIASES, 3)) {
            if (!sources.containsKey(r[1])) {
                throw new IllegalStateException(ALIASES + ": unknown source id " + r[1]);
            }
            aliases.put(key.apply(r[0]), new Alias(r[1], r[2].equals("cue-only"), r[2].equals("generic")));
        }
        for (String[] r : Tsv.read(CUES, 3)) {
            cues.put(key.apply(r[0]), new Cue(CueKind.valueOf(r[1]), r[2].isBlank() ? 0 : Integer.parseInt(r[2])));
        }
    }

    public UnaryOperator<String> key() {
        return key;
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Collection<Source> sources() {
        return sources.values();
    }

    PhraseIndex<Alias> aliases() {
        return aliases;
    }

    PhraseIndex<Cue> cues() {
        return cues;
    }
}
