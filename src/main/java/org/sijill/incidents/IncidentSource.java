package org.sijill.incidents;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sijill.articles.Sql;
import org.sijill.extract.model.ActorRole;
import org.sijill.extract.model.DateSpan;
import org.sijill.extract.model.Evidence;
import org.sijill.extract.model.FigureFact;
import org.sijill.extract.model.IncidentMention;
import org.sijill.extract.model.Location;
import org.sijill.extract.model.Outcome;
import org.sijill.extract.model.Quantity;
import org.sijill.extract.model.Scope;

/**
 * Reads what incidents are derived from: stored incident mentions (with the incident each is in now) and figures, a
 * group of mentions at a time (one governorate, or some of the mentions with none).
 */
final class IncidentSource {

    /** One group's mentions, and the keys of the mentions linked to each incident now, among them. */
    record Mentions(List<MentionRef> refs, Map<String, Set<String>> linked) {
    }

    private static final String MENTIONS = """
            select m.article_id, a.ingested_at, m.ordinal, m.role, m.event_type, m.sub_event_type, m.date_start,
              m.date_end, m.date_precision, m.date_basis, m.admin1, m.admin1_name, m.admin1_name_ar, m.admin2,
              m.admin2_name, m.admin2_name_ar, m.place_id, m.place_name, m.place_name_ar, m.site, m.lat, m.lon,
              m.loc_precision, m.actors, m.quote, m.start_offset, m.end_offset, m.rule_id, m.incident_id
            from incident_mention m join article a on a.id = m.article_id
            where
            """;

    private final Connection c;

    IncidentSource(Connection c) {
        this.c = c;
    }

    /** Every governorate a stored mention is in, in order. */
    List<String> governorates() throws SQLException {
        return List.copyOf(strings("select distinct admin1 from incident_mention where admin1 is not null"));
    }

    /**
     * The governorates the changed articles' mentions are in, or the incidents that included them were in, in
     * order.
     */
    List<String> governorates(Collection<String> articles, Collection<String> incidents) throws SQLException {
        return List.copyOf(strings("""
                select admin1 from incident where id = any(?) and admin1 is not null
                union select admin1 from incident_mention where article_id = any(?) and admin1 is not null""",
                incidents, articles));
    }

    /**
     * Stored incidents in this governorate (none when null), these incidents, and those of {@code unplaced} that have
     * no governorate.
     */
    Set<String> incidents(String governorate, Collection<String> ids, Collection<String> unplaced)
            throws SQLException {
        return strings("select id from incident where admin1 = ? or id = any(?) or (admin1 is null and id = any(?))",
                governorate, ids, unplaced);
    }

    /** The first column of a query, in order. */
    private Set<String> strings(String sql, Object... parameters) throws SQLException {
        var out = new TreeSet<String>();
        try (var s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /** Binds in order; a collection as a text array. */
    private void bind(PreparedStatement s, Object... parameters) throws SQLException {
        var values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = parameters[i] instanceof Collection<?> v ? c.createArrayOf("text", v.toArray()) : parameters[i];
        }
        Sql.bind(s, values);
    }

    /** Every mention in this governorate. */
    Mentions mentions(String governorate) throws SQLException {
        return mentions(MENTIONS + "m.admin1 = ?", governorate);
    }

    /** The mentions with no governorate of these articles. */
    Mentions unplaced(Collection<String> articles) throws SQLException {
        return mentions(MENTIONS + "m.admin1 is null and m.article_id = any(?)", articles);
    }

    /**
     * At most {@code limit} mentions with no governorate, in key order, after this one ({@code null}: from the
     * first).
     */
    Mentions unplaced(MentionRef after, int limit) throws SQLException {
        // '' and -1 come before every stored key
        return mentions(MENTIONS + """
                m.admin1 is null and (m.article_id, m.ordinal) > (?, ?)
                order by m.article_id, m.ordinal limit ?""", after == null ? "" : after.articleId(),
                after == null ? -1 : after.mention().ordinal(), limit);
    }

    private Mentions mentions(String sql, Object... parameters) throws SQLException {
        var refs = new ArrayList<MentionRef>();
        var linked = new HashMap<String, Set<String>>();
        try (var s = c.prepareStatement(sql)) {
            bind(s, parameters);
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    var ref = mention(r);
                    refs.add(ref);
                    String incident = r.getString(29);
                    if (incident != null) {
                        linked.computeIfAbsent(incident, k -> new HashSet<>()).add(ref.key());
                    }
                }
            }
        }
        return new Mentions(refs, linked);
    }

    private static MentionRef mention(ResultSet r) throws SQLException {
        var location = new Location("SY", r.getString(11), r.getString(12), r.getString(13), r.getString(14),
                r.getString(15), r.getString(16), r.getString(17), r.getString(18), r.getString(19),
                r.getString(20), (Double) r.getObject(21), (Double) r.getObject(22), r.getString(23));
        var mention = new IncidentMention(r.getInt(3), IncidentMention.Role.valueOf(r.getString(4)), r.getString(5),
                r.getString(6), new DateSpan(date(r.getDate(7)), date(r.getDate(8)), r.getString(9),
                        r.getString(10)),
                location, actors(r.getString(24)), new Evidence(r.getString(25), r.getInt(26), r.getInt(27)),
                r.getString(28));
        return new MentionRef(r.getString(1), r.getTimestamp(2).toInstant(), mention);
    }

    /**
     * The incident figures of these clusters' members, keyed by "articleId#mentionOrdinal", each with the kind of the
     * source it is attributed to; in figure order within a key, so which "part of" a group meets first never depends
     * on where rows lie on disk.
     */
    Map<String, List<CasualtyRule.Input>> figures(List<IncidentMatcher.Cluster> clusters) throws SQLException {
        var articles = new ArrayList<String>();
        var ordinals = new ArrayList<Integer>();
        clusters.forEach(k -> k.members().forEach(m -> {
            articles.add(m.articleId());
            ordinals.add(m.mention().ordinal());
        }));
        var out = new HashMap<String, List<CasualtyRule.Input>>();
        try (var s = c.prepareStatement("""
                select f.article_id, f.ordinal, f.mention_ordinal, f.actor_id, f.outcome, f.value, f.low, f.high,
                  f.qualifier, f.part_of, coalesce(s.kind, p.kind)
                from unnest(?::text[], ?::int[]) u (a, o)
                  join figure f on f.article_id = u.a and f.mention_ordinal = u.o
                  join article a on a.id = f.article_id
                  left join source s on s.id = f.source_id left join source p on p.id = a.publisher_id
                where f.scope = 'INCIDENT'
                order by f.article_id, f.ordinal""")) {
            s.setArray(1, Sql.texts(c, articles));
            s.setArray(2, Sql.ints(c, ordinals));
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String article = r.getString(1);
                    String partOf = r.getString(10);
                    Integer partOfOrdinal = partOf == null ? null
                            : Integer.valueOf(partOf.substring(partOf.lastIndexOf(".f") + 2));
                    int mention = r.getInt(3);
                    var fact = new FigureFact(r.getInt(2), Scope.INCIDENT, r.getString(4),
                            Outcome.valueOf(r.getString(5)), new Quantity((Integer) r.getObject(6), r.getInt(7),
                                    (Integer) r.getObject(8), r.getString(9)),
                            partOfOrdinal, null, null, null, null, null, mention);
                    out.computeIfAbsent(article + "#" + mention, k -> new ArrayList<>())
                            .add(new CasualtyRule.Input(article, fact, r.getString(11)));
                }
            }
        }
        return out;
    }

    Map<String, String> actorNames() throws SQLException {
        return pairs("select id, name from actor");
    }

    Map<String, String> actorParents() throws SQLException {
        return pairs("select id, parent_id from actor where parent_id is not null");
    }

    private Map<String, String> pairs(String sql) throws SQLException {
        var out = new HashMap<String, String>();
        try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    private static List<ActorRole> actors(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\|")).map(s -> s.split(":"))
                .map(p -> new ActorRole(p[0], ActorRole.Role.valueOf(p[1]))).toList();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
