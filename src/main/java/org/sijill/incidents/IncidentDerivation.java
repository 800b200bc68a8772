package org.sijill.incidents;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One re-derivation of incidents on the caller's connection and transaction, a group of mentions at a time, so what
 * it holds is bounded by the largest governorate, not by the corpus. Matching is exact per governorate: a mention
 * joins only clusters of its own governorate, and one with none never merges (see {@link IncidentMatcher#match}). So
 * matching each governorate alone, and the mentions with none in chunks of any size, gives the very clusters (ids,
 * members, order of members) that matching all mentions at once gives. Each group is read, matched, derived and
 * written, then dropped; figures are read only for the clusters being written, a slice at a time.
 */
final class IncidentDerivation {

    /** Clusters derived and written together: bounds the figures, casualty rows and batches held at once. */
    static final int CLUSTERS_AT_ONCE = 5_000;

    /** Mentions with no governorate read together when deriving everything. */
    static final int UNPLACED_AT_ONCE = 5_000;

    private final IncidentSource store;
    private final IncidentWriter writer;
    private final IncidentMatcher matcher;
    private final CasualtyRule rule;
    private final Map<String, String> actorNames;
    private final int clustersAtOnce;
    private final int unplacedAtOnce;
    private final Phases clock = new Phases();
    private int written;
    private int mentions;
    private int groups;

    IncidentDerivation(Connection c, UnaryOperator<String> key) throws SQLException {
        this(c, key, CLUSTERS_AT_ONCE, UNPLACED_AT_ONCE);
    }

    /** With other slice sizes: tests show the result does not depend on them. */
    IncidentDerivation(Connection c, UnaryOperator<String> key, int clustersAtOnce, int unplacedAtOnce)
            throws SQLException {
        this.store = new IncidentSource(c);
        this.writer = new IncidentWriter(c);
        this.matcher = new IncidentMatcher(key);
        this.rule = new CasualtyRule(store.actorParents());
        this.actorNames = store.actorNames();
        this.clustersAtOnce = clustersAtOnce;
        this.unplacedAtOnce = unplacedAtOnce;
        clock.lap("read actors");
    }

    /** Removes every incident and derives them all again. */
    void all() throws SQLException {
        writer.removeAll();
        clock.lap("remove");
        for (String governorate : store.governorates()) {
            write(match(store.mentions(governorate)));
        }
        MentionRef last = null;
        for (IncidentSource.Mentions chunk; !(chunk = store.unplaced(last, unplacedAtOnce)).refs().isEmpty();) {
            last = chunk.refs().get(chunk.refs().size() - 1);
            write(match(chunk));
        }
        writer.unlinkOrphans(null);
        clock.lap("unlink orphans");
    }

    /**
     * Re-derives the governorates these changed articles' mentions are in, or the incidents that included them
     * ({@code former}) were in, and their mentions with no governorate; rewrites only incidents that differ.
     */
    void changes(Set<String> articles, Set<String> former) throws SQLException {
        for (String governorate : store.governorates(articles, former)) {
            rederive(governorate, store.mentions(governorate), articles, former);
        }
        rederive(null, store.unplaced(articles), articles, former);
    }

    /**
     * One group of mentions: everything stored in its governorate (or, for the mentions with none, the incidents
     * that included a changed article) that is not matched again unchanged is removed, and what differs is written.
     * An incident id can move to another governorate (its anchor's article changed place), so the stored incidents
     * with this group's cluster ids count as this group's too, in whichever governorate they were.
     */
    private void rederive(String governorate, IncidentSource.Mentions group, Set<String> articles, Set<String> former)
            throws SQLException {
        var clusters = match(group);
        var ids = new HashSet<String>();
        clusters.forEach(k -> ids.add(k.id()));
        Set<String> before = store.incidents(governorate, ids, governorate == null ? former : Set.of());
        var write = changed(clusters, before, former, articles, group.linked());
        write.forEach(k -> ids.remove(k.id()));
        before.removeAll(ids); // what is left was removed, or is written again
        writer.remove(before);
        clock.lap("remove");
        write(write);
        writer.unlinkOrphans(before);
        clock.lap("unlink orphans");
    }

    private List<IncidentMatcher.Cluster> match(IncidentSource.Mentions group) {
        clock.lap("read mentions");
        groups++;
        mentions += group.refs().size();
        var clusters = matcher.match(group.refs());
        clock.lap("match");
        return clusters;
    }

    /** Derives and writes these clusters a slice at a time, reading only the slice's figures. */
    private void write(List<IncidentMatcher.Cluster> clusters) throws SQLException {
        for (int from = 0; from < clusters.size(); from += clustersAtOnce) {
            var slice = clusters.subList(from, Math.min(clusters.size(), from + clustersAtOnce));
            var figures = store.figures(slice);
            clock.lap("read figures");
            var derived = new ArrayList<IncidentWriter.Derived>(slice.size());
            slice.forEach(k -> derived.add(IncidentWriter.derive(k, figures, actorNames, rule)));
            clock.lap("casualties");
            writer.insert(derived, clock);
        }
        written += clusters.size();
    }

    /**
     * The clusters that differ from what is stored: new ids, other members, or members from a changed article (their
     * figures may have changed), or an incident that included a changed article before.
     */
    private static List<IncidentMatcher.Cluster> changed(List<IncidentMatcher.Cluster> clusters, Set<String> before,
            Set<String> former, Set<String> articles, Map<String, Set<String>> linked) {
        var out = new ArrayList<IncidentMatcher.Cluster>();
        for (IncidentMatcher.Cluster k : clusters) {
            boolean same = before.contains(k.id()) && !former.contains(k.id())
                    && k.members().stream().noneMatch(m -> articles.contains(m.articleId()))
                    && linked.getOrDefault(k.id(), Set.of()).equals(keys(k));
            if (!same) {
                out.add(k);
            }
        }
        return out;
    }

    private static Set<String> keys(IncidentMatcher.Cluster k) {
        var out = new HashSet<String>();
        k.members().forEach(m -> out.add(m.key()));
        return out;
    }

    /** Refreshes the planner's statistics of the tables written (after a large derivation). */
    void analyze() throws SQLException {
        writer.analyze();
        clock.lap("analyze");
    }

    /** How many incidents were written. */
    int written() {
        return written;
    }

    /** "91004 written from 108854 mentions in 15 groups in 61000 ms (read actors 3, remove 120, …)". */
    String summary() {
        return String.format("%d written from %d mentions in %d groups in %d ms (%s)", written, mentions, groups,
                clock.total(), clock);
    }

}
