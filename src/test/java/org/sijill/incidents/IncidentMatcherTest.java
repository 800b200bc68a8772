package org.sijill.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.extract.model.DateSpan;
import org.sijill.extract.model.Evidence;
import org.sijill.extract.model.IncidentMention;
import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.model.Location;

class IncidentMatcherTest {

    private final IncidentMatcher matcher = new IncidentMatcher(s -> s.replace('ة', 'ه'));

    private static final Location HASAKAH = new Location("SY", "SY08", null, null, "SY0800", null, null, "p1", null,
            null, "سجن غويران", 36.5, 40.7, "SITE");
    private static final Location HASAKAH_NO_SITE = new Location("SY", "SY08", null, null, "SY0800", null, null, "p1",
            null, null, null, 36.5, 40.7, "TOWN");
    private static final Location RAQQA = new Location("SY", "SY11", null, null, "SY1101", null, null, "p2", null,
            null, null, 35.9, 39.0, "TOWN");

    private static MentionRef ref(String article, int ordinal, Role role, String type, LocalDate start, LocalDate end,
            Location where) {
        var m = new IncidentMention(ordinal, role, type, null, new DateSpan(start, end, "DAY", ""), where, List.of(),
                new Evidence("x", 0, 1), "test");
        return new MentionRef(article, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(article.hashCode() & 0xff), m);
    }

    private static final LocalDate JAN19 = LocalDate.of(2022, 1, 19);
    private static final LocalDate JAN20 = LocalDate.of(2022, 1, 20);
    private static final LocalDate JAN21 = LocalDate.of(2022, 1, 21);

    @Test
    void sameEventFromTwoOutletsMerges() {
        var clusters = matcher.match(List.of(
                ref("a", 0, Role.REPORTS, "BATTLES", JAN19, JAN21, HASAKAH),
                ref("b", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, HASAKAH_NO_SITE)));
        assertEquals(1, clusters.size());
        assertEquals(2, clusters.get(0).members().size());
    }

    @Test
    void differentPlacesOrDatesOrTypesStayApart() {
        assertEquals(2, matcher.match(List.of(
                ref("a", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, HASAKAH),
                ref("b", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, RAQQA))).size());
        assertEquals(2, matcher.match(List.of(
                ref("a", 0, Role.REPORTS, "BATTLES", JAN19, JAN19, HASAKAH),
                ref("b", 0, Role.REPORTS, "BATTLES", JAN21, JAN21, HASAKAH))).size());
        assertEquals(2, matcher.match(List.of(
                ref("a", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, RAQQA),
                ref("b", 0, Role.REPORTS, "EXPLOSIONS_REMOTE_VIOLENCE", JAN20, JAN20, RAQQA))).size());
    }

    @Test
    void aPassingReferenceJoinsTheEventWhateverItsType() {
        var clusters = matcher.match(List.of(
                ref("a", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, HASAKAH),
                ref("c", 0, Role.REFERENCES, "VIOLENCE_AGAINST_CIVILIANS", null, null, HASAKAH)));
        assertEquals(1, clusters.size());
        assertEquals("a", clusters.get(0).anchor().articleId(), "a report anchors the incident, not a reference");
    }

    @Test
    void twoEventsInOneArticleNeverMergeEvenThroughAThirdArticle() {
        var clusters = matcher.match(List.of(
                ref("a", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, HASAKAH),
                ref("a", 1, Role.REPORTS, "BATTLES", JAN20, JAN20, HASAKAH_NO_SITE),
                ref("b", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, HASAKAH)));
        assertEquals(2, clusters.size());
        assertEquals(List.of(2, 1), clusters.stream().map(c -> c.members().size()).toList(),
                "b joins the mention sharing its site");
    }

    @Test
    void idsAreStableAndIndependentOfInputOrder() {
        var m1 = ref("a", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, HASAKAH);
        var m2 = ref("b", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, HASAKAH);
        var m3 = ref("a", 1, Role.REPORTS, "BATTLES", JAN20, JAN20, RAQQA);
        var first = matcher.match(List.of(m1, m2, m3)).stream().map(IncidentMatcher.Cluster::id).sorted().toList();
        var second = matcher.match(List.of(m3, m2, m1)).stream().map(IncidentMatcher.Cluster::id).sorted().toList();
        assertEquals(first, second);
        assertNotEquals(first.get(0), first.get(1));
    }

    @Test
    void unknownPlaceNeverMerges() {
        assertEquals(2, matcher.match(List.of(
                ref("a", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, Location.unknown()),
                ref("b", 0, Role.REPORTS, "BATTLES", JAN20, JAN20, Location.unknown()))).size());
    }
}
