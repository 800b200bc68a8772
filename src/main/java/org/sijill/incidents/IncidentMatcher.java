package org.sijill.incidents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.sijill.extract.model.IncidentMention;
import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.model.Location;

/**
 * Groups incident mentions from all articles into incidents: two mentions are one event when their places agree,
 * their date ranges overlap and their event types agree (a passing reference agrees with any type). Different
 * events reported by one article never merge, even through a third article.
 *
 * <p>Ids are derived from the cluster's anchor (its earliest-ingested reporting mention), so they stay the same
 * across restarts and re-ingestion, and a later article joining an incident does not change its id.
 */
public final class IncidentMatcher {

    private final SiteNames sites;

    /** @param key the text normaliser's key function, so site names compare as the extractor reads them */
    public IncidentMatcher(java.util.function.UnaryOperator<String> key) {
        this.sites = new SiteNames(key);
    }

    /** One incident: its stable id and the mentions that make it up (anchor first). */
    public record Cluster(String id, List<MentionRef> members) {
        public MentionRef anchor() {
            return members.get(0);
        }
    }

    /**
     * Each mention, in {@link #ANCHOR_ORDER}, joins the cluster it scores best with (the earliest-made one on a tie),
     * or starts a new one. Only clusters that can score at all are looked at: those in the same governorate whose
     * members' dates all overlap the mention's (see {@link ClusterIndex}); the result is the same as scoring every
     * cluster.
     */
    public List<Cluster> match(List<MentionRef> mentions) {
        var ordered = new ArrayList<>(mentions);
        ordered.sort(ANCHOR_ORDER);
        var clusters = new ArrayList<ClusterIndex.Entry>();
        var byAdmin1 = new HashMap<String, ClusterIndex>();
        var candidates = new ArrayList<ClusterIndex.Entry>();
        for (MentionRef m : ordered) {
            String admin1 = m.mention().location().admin1();
            // a mention with no known governorate never merges, and nothing merges with it (see placeScore)
            ClusterIndex index = admin1 == null ? null : byAdmin1.computeIfAbsent(admin1, k -> new ClusterIndex());
            ClusterIndex.Entry best = null;
            int bestScore = Integer.MIN_VALUE;
            if (index != null) {
                candidates.clear();
                index.overlapping(m.mention().date(), candidates);
                for (ClusterIndex.Entry c : candidates) {
                    int score = score(c.members, m);
                    if (score > bestScore || score == bestScore && c.order < best.order) {
                        best = c;
                        bestScore = score;
                    }
                }
            }
            if (best != null && bestScore >= 0) {
                index.remove(best);
                best.add(m);
                index.add(best);
            } else {
                var c = new ClusterIndex.Entry(clusters.size(), m);
                clusters.add(c);
                if (index != null) {
                    index.add(c);
                }
            }
        }
        return clusters.stream().map(c -> new Cluster(idOf(c.members.get(0)), List.copyOf(c.members))).toList();
    }

    /** Reports before references, then the order articles arrived in, so the anchor of an incident is stable. */
    static final Comparator<MentionRef> ANCHOR_ORDER = Comparator
            .comparing((MentionRef m) -> m.mention().role() == Role.REPORTS ? 0 : 1)
            .thenComparing(MentionRef::articleIngestedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MentionRef::articleId)
            .thenComparingInt(m -> m.mention().ordinal());

    /** Negative: cannot be the same event. Otherwise higher is a closer match. */
    int score(List<MentionRef> cluster, MentionRef m) {
        int total = 0;
        for (MentionRef other : cluster) {
            if (other.articleId().equals(m.articleId())) {
                return -1; // an article's own mentions are already distinct events
            }
            int s = pairScore(other.mention(), m.mention());
            if (s < 0) {
                return -1;
            }
            total += s;
        }
        return total / cluster.size();
    }

    int pairScore(IncidentMention a, IncidentMention b) {
        if (!typesAgree(a, b) || !datesOverlap(a, b)) {
            return -1;
        }
        int place = placeScore(a.location(), b.location());
        if (place < 0) {
            return -1;
        }
        return place + (Objects.equals(a.subEventType(), b.subEventType()) ? 2 : 0);
    }

    private static boolean typesAgree(IncidentMention a, IncidentMention b) {
        return a.role() == Role.REFERENCES || b.role() == Role.REFERENCES || a.eventType().equals(b.eventType());
    }

    static boolean datesOverlap(IncidentMention a, IncidentMention b) {
        LocalDate aStart = a.date().start();
        LocalDate aEnd = a.date().end();
        LocalDate bStart = b.date().start();
        LocalDate bEnd = b.date().end();
        boolean aBeforeB = aEnd != null && bStart != null && aEnd.isBefore(bStart);
        boolean bBeforeA = bEnd != null && aStart != null && bEnd.isBefore(aStart);
        return !aBeforeB && !bBeforeA;
    }

    /** Same district (or the same governorate when one side only knows that); a shared named site scores higher. */
    int placeScore(Location a, Location b) {
        if (a.admin1() == null || b.admin1() == null) {
            return -1; // an event with no known place is never merged with another
        }
        if (!a.admin1().equals(b.admin1())) {
            return -1;
        }
        if (a.admin2() != null && b.admin2() != null && !a.admin2().equals(b.admin2())) {
            return -1;
        }
        int score = a.admin2() != null && b.admin2() != null ? 2 : 1;
        if (a.placeId() != null && a.placeId().equals(b.placeId())) {
            score += 2;
        }
        if (a.site() != null && b.site() != null && sites.overlap(a.site(), b.site())) {
            score += 4;
        }
        return score;
    }

    static String idOf(MentionRef anchor) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(anchor.key().getBytes(StandardCharsets.UTF_8));
            return "inc-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
