package org.sijill.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sijill.extract.model.DateSpan;
import org.sijill.extract.model.Evidence;
import org.sijill.extract.model.IncidentMention;
import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.model.Location;

/**
 * The matcher looks only at clusters a mention can join (same governorate, overlapping dates). It must give exactly
 * what scoring every cluster gives: checked against that plain loop on random mentions with crowded places and dates,
 * open and reversed date ranges, unknown places, references and several events per article.
 */
class IncidentMatcherIndexTest {

    private final IncidentMatcher matcher = new IncidentMatcher(s -> s);

    @Test
    void sameClustersAsScoringEveryCluster() {
        int merged = 0;
        for (long seed = 1; seed <= 40; seed++) {
            var mentions = randomMentions(new Random(seed), 300);
            var expected = everyCluster(mentions);
            var actual = matcher.match(mentions);
            assertEquals(describe(expected), describe(actual), "seed " + seed);
            merged += (int) actual.stream().filter(c -> c.members().size() > 1).count();
        }
        assertTrue(merged > 1000, "the random mentions should merge often: " + merged);
    }

    /**
     * What the derivation relies on to hold one governorate at a time: matching each governorate's mentions alone,
     * and the mentions with no governorate in chunks, gives the clusters of matching everything at once (same ids,
     * same members in the same order).
     */
    @Test
    void sameClustersOneGovernorateAtATime() {
        for (long seed = 1; seed <= 40; seed++) {
            var random = new Random(seed);
            var mentions = randomMentions(random, 300);
            var byGovernorate = new TreeMap<String, List<MentionRef>>();
            var unplaced = new ArrayList<MentionRef>();
            for (MentionRef m : mentions) {
                String admin1 = m.mention().location().admin1();
                if (admin1 == null) {
                    unplaced.add(m);
                } else {
                    byGovernorate.computeIfAbsent(admin1, k -> new ArrayList<>()).add(m);
                }
            }
            var grouped = new ArrayList<IncidentMatcher.Cluster>();
            byGovernorate.values().forEach(group -> grouped.addAll(matcher.match(group)));
            int chunk = 1 + random.nextInt(7);
            for (int from = 0; from < unplaced.size(); from += chunk) {
                grouped.addAll(matcher.match(unplaced.subList(from, Math.min(unplaced.size(), from + chunk))));
            }
            assertTrue(byGovernorate.size() > 1 && !unplaced.isEmpty(), "seed " + seed);
            assertEquals(sorted(describe(matcher.match(mentions))), sorted(describe(grouped)), "seed " + seed);
        }
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    /** The matcher before the index: every mention scored against every cluster made so far. */
    private List<IncidentMatcher.Cluster> everyCluster(List<MentionRef> mentions) {
        var ordered = new ArrayList<>(mentions);
        ordered.sort(IncidentMatcher.ANCHOR_ORDER);
        var clusters = new ArrayList<List<MentionRef>>();
        for (MentionRef m : ordered) {
            List<MentionRef> best = null;
            int bestScore = Integer.MIN_VALUE;
            for (List<MentionRef> c : clusters) {
                int score = matcher.score(c, m);
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best != null && bestScore >= 0) {
                best.add(m);
            } else {
                var c = new ArrayList<MentionRef>();
                c.add(m);
                clusters.add(c);
            }
        }
        return clusters.stream().map(c -> new IncidentMatcher.Cluster(IncidentMatcher.idOf(c.get(0)), List.copyOf(c)))
                .toList();
    }

    private static List<String> describe(List<IncidentMatcher.Cluster> clusters) {
        return clusters.stream().map(c -> c.id() + "=" + c.members().stream().map(MentionRef::key).toList()).toList();
    }

    private static List<MentionRef> randomMentions(Random r, int count) {
        String[] admin1 = { "SY01", "SY02", null };
        String[] admin2 = { "SY0101", "SY0102", null };
        String[] types = { "BATTLES", "EXPLOSIONS_REMOTE_VIOLENCE" };
        String[] sites = { "سجن غويران", "حي الانتفاضة", null };
        LocalDate base = LocalDate.of(2022, 1, 1);
        var out = new ArrayList<MentionRef>();
        for (int i = 0; i < count; i++) {
            String article = "a" + r.nextInt(count / 2);
            LocalDate start = r.nextInt(10) == 0 ? null : base.plusDays(r.nextInt(40));
            LocalDate end = r.nextInt(10) == 0 ? null
                    : (start == null ? base : start).plusDays(r.nextInt(12) == 0 ? -3 : r.nextInt(r.nextBoolean() ? 2 : 60));
            String a1 = admin1[r.nextInt(admin1.length)];
            var where = new Location("SY", a1, null, null, a1 == null ? null : admin2[r.nextInt(admin2.length)], null,
                    null, "p" + r.nextInt(3), null, null, sites[r.nextInt(sites.length)], null, null, "TOWN");
            var role = r.nextInt(4) == 0 ? Role.REFERENCES : Role.REPORTS;
            var m = new IncidentMention(i, role, types[r.nextInt(types.length)], r.nextBoolean() ? "AIR_STRIKE" : null,
                    new DateSpan(start, end, "DAY", ""), where, List.of(), new Evidence("x", 0, 1), "test");
            out.add(new MentionRef(article, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(r.nextInt(50)), m));
        }
        return out;
    }
}
