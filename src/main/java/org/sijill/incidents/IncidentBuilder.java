package org.sijill.incidents;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijill.extract.model.ActorRole;
import org.sijill.extract.model.IncidentMention;
import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.model.Location;

/** Forms an incident's own fields (type, date, place, actors, title) from the mentions of one cluster. */
final class IncidentBuilder {

    private static final List<String> PRECISION_ORDER = List.of("SITE", "NEIGHBOURHOOD", "TOWN", "DISTRICT",
            "GOVERNORATE", "COUNTRY");

    private IncidentBuilder() {
    }

    static Incident build(IncidentMatcher.Cluster cluster, Map<String, String> actorNames) {
        List<IncidentMention> reports = cluster.members().stream().map(MentionRef::mention)
                .filter(m -> m.role() == Role.REPORTS).toList();
        List<IncidentMention> basis = reports.isEmpty() ? cluster.members().stream().map(MentionRef::mention).toList()
                : reports;
        IncidentMention anchor = cluster.anchor().mention();
        var i = new Incident();
        i.id = cluster.id();
        i.eventType = anchor.eventType();
        i.subEventType = anchor.subEventType();
        IncidentMention dated = basis.stream().filter(m -> m.date().start() != null && m.date().end() != null)
                .min(Comparator.comparingLong(m -> ChronoUnit.DAYS.between(m.date().start(), m.date().end())))
                .orElse(anchor);
        i.dateStart = dated.date().start();
        i.dateEnd = dated.date().end();
        i.datePrecision = dated.date().precision();
        i.dateBasis = dated.date().basis();
        Location where = cluster.members().stream().map(m -> m.mention().location())
                .min(Comparator.comparingInt(IncidentBuilder::precisionRank)).orElse(Location.unknown());
        i.country = where.country() == null ? "SY" : where.country();
        i.admin1 = where.admin1();
        i.admin1Name = where.admin1Name();
        i.admin1NameAr = where.admin1NameAr();
        i.admin2 = where.admin2();
        i.admin2Name = where.admin2Name();
        i.admin2NameAr = where.admin2NameAr();
        i.placeName = where.placeName();
        i.placeNameAr = where.placeNameAr();
        i.site = where.site();
        i.lat = where.lat();
        i.lon = where.lon();
        i.locPrecision = where.precision();
        i.title = title(i, actors(cluster), actorNames);
        return i;
    }

    /** Every side any mention names; a side that carried the event out is not also listed as its target. */
    static Set<ActorRole> actors(IncidentMatcher.Cluster cluster) {
        var out = new LinkedHashSet<ActorRole>();
        cluster.members().forEach(m -> out.addAll(m.mention().actors()));
        var perpetrators = out.stream().filter(a -> a.role() == ActorRole.Role.PERPETRATOR).map(ActorRole::actorId)
                .collect(java.util.stream.Collectors.toSet());
        out.removeIf(a -> a.role() != ActorRole.Role.PERPETRATOR && perpetrators.contains(a.actorId()));
        return out;
    }

    private static int precisionRank(Location l) {
        int rank = PRECISION_ORDER.indexOf(l.precision());
        rank = rank < 0 ? PRECISION_ORDER.size() : rank;
        return l.lat() == null ? rank + PRECISION_ORDER.size() : rank;
    }

    /** "Armed clash: Islamic State against Syrian Democratic Forces in Al-Hasakah". */
    static String title(Incident i, Set<ActorRole> actors, Map<String, String> actorNames) {
        String what = humanize(i.subEventType != null ? i.subEventType : i.eventType);
        String by = actors.stream().filter(a -> a.role() == ActorRole.Role.PERPETRATOR).map(a -> name(a, actorNames))
                .findFirst().orElse(null);
        String on = actors.stream().filter(a -> a.role() == ActorRole.Role.TARGET).map(a -> name(a, actorNames))
                .findFirst().orElse(null);
        var sb = new StringBuilder(what);
        if (by != null) {
            sb.append(" by ").append(by);
        }
        if (on != null) {
            sb.append(by != null ? " against " : " against ").append(on);
        }
        String place = i.placeName != null ? i.placeName : i.admin2Name != null ? i.admin2Name : i.admin1Name;
        if (place != null) {
            sb.append(" in ").append(place);
        }
        return sb.toString();
    }

    private static String name(ActorRole a, Map<String, String> actorNames) {
        return actorNames.getOrDefault(a.actorId(), a.actorId());
    }

    private static String humanize(String enumName) {
        String s = enumName.toLowerCase().replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
