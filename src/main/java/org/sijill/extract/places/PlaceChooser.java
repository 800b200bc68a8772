package org.sijill.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijill.extract.KeyText;
import org.sijill.extract.places.PlaceTriggers.Role;
import org.sijill.extract.places.PlaceTriggers.Strength;

/**
 * Decides which mentions are places and which same-named place each one is.
 *
 * <p>Eligibility: a strong trigger (مدينة، ريف…) accepts any gazetteer entry; a bare name only well-known
 * entries; "في X"/"قرب X" also accept a village when another mention in the text names its governorate
 * (context support). Choice: the role's preferred kind (محافظة → governorate; مدينة → town; ريف → governorate or
 * district), then context (a governorate/district named nearby: +35 same district, +25 same governorate, less
 * with distance), then prominence (PPLA > PPLA2 > PPLA3 > PPL), curated aliases, and last a +2 tie-break for
 * the NE-Syria governorates this service is about (Al-Hasakah SY08, Ar-Raqqa SY11, Deir-ez-Zor SY09, Aleppo SY02).
 */
final class PlaceChooser {

    private static final Set<String> NE_SYRIA = Set.of("SY08", "SY11", "SY09", "SY02");

    /** Admin units known to be meant near a position in the text. */
    private record Anchor(PlaceMention source, String admin1, String admin2, String country) {
    }

    private final Gazetteer gazetteer;

    private final PlaceTriggers triggers;

    PlaceChooser(Gazetteer gazetteer, PlaceTriggers triggers) {
        this.gazetteer = gazetteer;
        this.triggers = triggers;
    }

    void choose(List<PlaceMention> mentions, KeyText t) {
        Map<PlaceMention, List<NameEntry>> sure = new HashMap<>();
        Map<PlaceMention, List<NameEntry>> maybe = new HashMap<>();
        for (PlaceMention m : mentions) {
            if (m.curated != null || blocked(m)) {
                continue;
            }
            for (NameEntry e : m.candidates) {
                if (kindAllowed(m.role, e.place().kind())) {
                    (isSure(e, m) ? sure : maybe).computeIfAbsent(m, k -> new ArrayList<>()).add(e);
                }
            }
        }
        for (var entry : sure.entrySet()) {
            // a well-known name means the well-known place unless a strong trigger says otherwise (قرب الرقة)
            List<NameEntry> known = entry.getValue().stream().filter(NameEntry::wellKnown).toList();
            if (!known.isEmpty() && entry.getKey().strength != Strength.STRONG) {
                entry.setValue(known);
                maybe.remove(entry.getKey());
            }
        }
        List<Anchor> anchors = anchors(mentions, sure);
        for (PlaceMention m : mentions) {
            var eligible = new ArrayList<>(sure.getOrDefault(m, List.of()));
            for (NameEntry e : maybe.getOrDefault(m, List.of())) {
                if (anchors.stream().anyMatch(a -> a.source != m && e.place().admin1Pcode() != null
                        && e.place().admin1Pcode().equals(a.admin1))) {
                    eligible.add(e);
                }
            }
            if (!eligible.isEmpty()) {
                NameEntry best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (NameEntry e : eligible) {
                    double s = score(e, m, anchors);
                    if (s > bestScore) {
                        bestScore = s;
                        best = e;
                    }
                }
                if (!contradictedNearby(best, m, anchors)) {
                    settle(m, best.place());
                }
            }
        }
        new SiteEnclosure(t).enclose(mentions);
    }

    /**
     * "بلدة الصبحة بريف دير الزور الشرقي" when the gazetteer only knows a الصبحة in Aleppo: a village the text itself
     * puts in another governorate right beside it is not that village. It is left unresolved, and the event takes
     * the governorate the text names.
     */
    private static boolean contradictedNearby(NameEntry best, PlaceMention m, List<Anchor> anchors) {
        if (best.wellKnown() || best.alias() || best.place().admin1Pcode() == null) {
            return false;
        }
        for (Anchor a : anchors) {
            if (a.source != m && a.admin1 != null && Math.abs(a.source.start - m.start) < 80
                    && !a.admin1.equals(best.place().admin1Pcode())) {
                return true;
            }
        }
        return false;
    }

    private boolean blocked(PlaceMention m) {
        return triggers.blocksName(m.surfaceKey, m.strength)
                || m.articleVariant && triggers.blocksName("ال" + m.surfaceKey, m.strength);
    }

    private static boolean kindAllowed(Role role, PlaceKind kind) {
        if (role == null) {
            return true;
        }
        return switch (role) {
            case GOVERNORATE -> kind == PlaceKind.GOVERNORATE;
            case SETTLEMENT, SITE, NEIGHBOURHOOD -> kind != PlaceKind.GOVERNORATE && kind != PlaceKind.COUNTRY;
            case COUNTRYSIDE, COUNTRYSIDE_DEF, DISTRICT, SUB_DISTRICT -> kind != PlaceKind.COUNTRY;
            default -> true;
        };
    }

    private static boolean isSure(NameEntry e, PlaceMention m) {
        return switch (m.strength) {
            case STRONG -> true;
            case MEDIUM -> e.wellKnown() || !m.articleVariant;
            case WEAK -> e.wellKnown() || !m.articleVariant && (e.place().kind() == PlaceKind.SUB_DISTRICT
                    || "PPLA3".equals(e.place().featureCode()));
            case NONE -> e.wellKnown();
        };
    }

    private List<Anchor> anchors(List<PlaceMention> mentions, Map<PlaceMention, List<NameEntry>> sure) {
        var out = new ArrayList<Anchor>();
        for (PlaceMention m : mentions) {
            List<NameEntry> entries = m.curated != null ? List.of(new NameEntry(m.curated.enclosing(), true, true))
                    : sure.getOrDefault(m, List.of());
            List<NameEntry> aliases = entries.stream().filter(NameEntry::alias).toList();
            List<NameEntry> basis = aliases.isEmpty() ? entries : aliases;
            String a1 = common(basis, Place::admin1Pcode);
            if (a1 != null) {
                out.add(new Anchor(m, a1, common(basis, Place::admin2Pcode), basis.get(0).place().countryCode()));
            } else if (!basis.isEmpty() && basis.stream().allMatch(e -> e.place().kind() == PlaceKind.COUNTRY)) {
                out.add(new Anchor(m, null, null, basis.get(0).place().countryCode()));
            }
        }
        return out;
    }

    private static String common(List<NameEntry> entries, java.util.function.Function<Place, String> field) {
        String value = null;
        for (NameEntry e : entries) {
            if (e.place().kind() == PlaceKind.COUNTRY) {
                continue;
            }
            String v = field.apply(e.place());
            if (v == null || value != null && !value.equals(v)) {
                return null;
            }
            value = v;
        }
        return value;
    }

    private double score(NameEntry e, PlaceMention m, List<Anchor> anchors) {
        Place p = e.place();
        double s = kindPreference(m.role, p.kind()) + prominence(p) + (e.alias() ? 10 : 0) + (e.wellKnown() ? 5 : 0);
        double context = 0;
        boolean iraqContext = false;
        for (Anchor a : anchors) {
            if (a.source == m) {
                continue;
            }
            iraqContext |= "IQ".equals(a.country);
            int d = Math.abs(a.source.start - m.start);
            double w = d < 300 ? 1.0 : d < 1000 ? 0.6 : 0.3;
            if (a.admin2 != null && a.admin2.equals(p.admin2Pcode())) {
                context = Math.max(context, 35 * w);
            } else if (a.admin1 != null && a.admin1.equals(p.admin1Pcode())) {
                context = Math.max(context, 25 * w);
            }
        }
        s += context;
        s += p.admin1Pcode() != null && NE_SYRIA.contains(p.admin1Pcode()) ? 2 : 0;
        s -= "IQ".equals(p.countryCode()) && !iraqContext ? 8 : 0;
        s -= "SY-occupied".equals(p.countryCode()) ? 10 : 0;
        return s;
    }

    /** 40 for the role's first choice, 20 for the second…: a curated alias (+10) cannot outweigh one step. */
    private static double kindPreference(Role role, PlaceKind kind) {
        List<PlaceKind> order = role == null ? List.of(PlaceKind.POPULATED_PLACE, PlaceKind.COUNTRY, PlaceKind.GOVERNORATE)
                : switch (role) {
                    case GOVERNORATE -> List.of(PlaceKind.GOVERNORATE);
                    case DISTRICT -> List.of(PlaceKind.DISTRICT, PlaceKind.SUB_DISTRICT, PlaceKind.POPULATED_PLACE);
                    case SUB_DISTRICT -> List.of(PlaceKind.SUB_DISTRICT, PlaceKind.POPULATED_PLACE, PlaceKind.DISTRICT);
                    case COUNTRYSIDE, COUNTRYSIDE_DEF -> List.of(PlaceKind.GOVERNORATE, PlaceKind.DISTRICT,
                            PlaceKind.SUB_DISTRICT, PlaceKind.POPULATED_PLACE);
                    case SETTLEMENT, SITE, NEIGHBOURHOOD -> List.of(PlaceKind.POPULATED_PLACE, PlaceKind.NEIGHBOURHOOD,
                            PlaceKind.SUB_DISTRICT, PlaceKind.DISTRICT);
                    default -> List.of(PlaceKind.POPULATED_PLACE, PlaceKind.COUNTRY, PlaceKind.GOVERNORATE);
                };
        int i = order.indexOf(kind == PlaceKind.NEIGHBOURHOOD && !order.contains(kind) ? PlaceKind.POPULATED_PLACE : kind);
        return i < 0 ? -40 : 40 - 20 * i;
    }

    private static double prominence(Place p) {
        return switch (p.kind()) {
            case COUNTRY -> 20;
            case GOVERNORATE -> 18;
            case DISTRICT -> 14;
            case SUB_DISTRICT -> 10;
            default -> switch (p.featureCode()) {
                case "PPLC" -> 20;
                case "PPLA", "city" -> 18;
                case "PPLA2", "town" -> 14;
                case "PPLA3" -> 10;
                case "PPL", "village" -> 4;
                case "PPLQ" -> -5;
                case "STLMT" -> -10;
                default -> 2;
            };
        };
    }

    /** Sets place, precision and rule for a non-site mention (sites are finished by SiteEnclosure). */
    private void settle(PlaceMention m, Place p) {
        m.place = p;
        m.precision = Precision.of(p.kind());
        m.ruleId = m.role == null ? "place.well-known" : m.role.ruleId;
        if (m.role == Role.COUNTRYSIDE || m.role == Role.COUNTRYSIDE_DEF) {
            countryside(m, p);
        } else if (m.directional && m.precision.ordinal() <= Precision.TOWN.ordinal()) {
            m.precision = m.precision.coarser();
        }
    }

    /** ريف X: the governorate for a governorate capital, the district for a district seat, else X's district. */
    private void countryside(PlaceMention m, Place p) {
        m.precision = Precision.coarsest(Precision.of(p.kind()), Precision.DISTRICT);
        if (p.kind() == PlaceKind.POPULATED_PLACE && "PPLA".equals(p.featureCode()) && p.admin1Pcode() != null) {
            gazetteer.place(p.admin1Pcode()).ifPresent(g -> {
                m.place = g;
                m.precision = Precision.GOVERNORATE;
            });
        } else if (p.kind() == PlaceKind.POPULATED_PLACE && "PPLA2".equals(p.featureCode()) && p.admin2Pcode() != null) {
            gazetteer.place(p.admin2Pcode()).ifPresent(d -> m.place = d);
        }
    }
}
