package org.sijill.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sijill.extract.KeyText;
import org.sijill.extract.PhraseIndex;
import org.sijill.extract.Tsv;

/**
 * Places of Syria and its Iraqi border governorates, indexed by key-form Arabic name: OCHA governorates,
 * districts and sub-districts with P-codes; GeoNames/WOF populated places; OSM 2014 (ODbL) only for names no
 * other file has; curated spelling aliases and sites. Every name goes through the same key function as the text.
 */
public final class Gazetteer {

    static final String ALIASES = "gazetteer/aliases.tsv";

    static final String SITES = "gazetteer/sites.tsv";

    private final UnaryOperator<String> key;

    private final PhraseIndex<List<NameEntry>> names = new PhraseIndex<>();

    private final PhraseIndex<Site> sites = new PhraseIndex<>();

    private final Map<String, Place> byId = new HashMap<>();

    private final Map<String, Site> sitesById = new HashMap<>();

    private final long loadMillis;

    /** Raw name → key phrase while loading: GeoNames repeats the same spellings across thousands of rows. */
    private Map<String, String> keyCache = new HashMap<>();

    public Gazetteer(UnaryOperator<String> key) {
        this(key, true);
    }

    /** @param includeOsm whether to read the ODbL OpenStreetMap fallback (if it is on the classpath) */
    public Gazetteer(UnaryOperator<String> key, boolean includeOsm) {
        long t0 = System.nanoTime();
        this.key = key;
        var files = new GazetteerFiles();
        GazetteerFiles.NameSink sink = (p, n, origin, wellKnown) -> add(p, n, wellKnown, origin == GazetteerFiles.Origin.ALIAS);
        files.countries(sink);
        files.admin(sink);
        files.places(sink);
        Set<String> syrianNames = new HashSet<>();
        names.keys().forEach(syrianNames::add);
        files.iraq(sink);
        if (includeOsm) {
            files.osm((p, n) -> {
                if (!syrianNames.contains(keyCache.computeIfAbsent(n, raw -> KeyText.phrase(key.apply(raw))))) {
                    add(p, n, false, false);
                }
            });
        }
        for (String[] r : Tsv.read(ALIASES, 3)) {
            add(require(r[1], ALIASES), r[0], true, true);
        }
        for (String[] r : Tsv.read(SITES, 8)) {
            var site = new Site(r[0], r[1], r[3], require(r[4], SITES), number(r[5]), number(r[6]), r[7]);
            sitesById.put(site.id(), site);
            sites.put(key.apply(r[1]), site);
            Tsv.list(r[2], ";").forEach(a -> sites.put(key.apply(a), site));
        }
        keyCache = null;
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    private void add(Place p, String rawName, boolean wellKnown, boolean alias) {
        byId.putIfAbsent(p.id(), p);
        String k = keyCache.computeIfAbsent(rawName, n -> KeyText.phrase(key.apply(n)));
        if (k.isEmpty()) {
            return;
        }
        List<NameEntry> list = names.get(k);
        if (list == null) {
            list = new ArrayList<>(2);
            names.putPhrase(k, list, (old, neu) -> old);
        }
        for (int i = 0; i < list.size(); i++) {
            NameEntry e = list.get(i);
            if (e.place().id().equals(p.id())) {
                list.set(i, new NameEntry(e.place(), e.wellKnown() || wellKnown, e.alias() || alias));
                return;
            }
        }
        list.add(new NameEntry(byId.get(p.id()), wellKnown, alias));
    }

    private Place require(String id, String file) {
        Place p = byId.get(id);
        if (p == null) {
            throw new IllegalStateException(file + ": unknown place id " + id);
        }
        return p;
    }

    public UnaryOperator<String> key() {
        return key;
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Site> site(String id) {
        return Optional.ofNullable(sitesById.get(id));
    }

    /** Places a name (any spelling; it is keyed here) may refer to. */
    public List<NameEntry> lookup(String name) {
        List<NameEntry> list = names.get(KeyText.phrase(key.apply(name)));
        return list == null ? List.of() : List.copyOf(list);
    }

    public int placeCount() {
        return byId.size();
    }

    public int nameCount() {
        return names.size();
    }

    /** Wall-clock time the constructor took, for the load-time budget (< 1 s). */
    public long loadMillis() {
        return loadMillis;
    }

    PhraseIndex<List<NameEntry>> names() {
        return names;
    }

    PhraseIndex<Site> sites() {
        return sites;
    }

    private static Double number(String s) {
        return s.isBlank() ? null : Double.valueOf(s);
    }
}
