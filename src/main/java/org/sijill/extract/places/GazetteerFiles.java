package org.sijill.extract.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.sijill.extract.Csv;
import org.sijill.extract.Tsv;

/** Reads the gazetteer CSVs into {@link Place}s and hands each Arabic name to the index (see README there). */
final class GazetteerFiles {

    static final String ADMIN = "gazetteer/syria-admin.csv";

    static final String PLACES = "gazetteer/syria-places.csv";

    static final String IRAQ = "gazetteer/iraq-border-places.csv";

    static final String COUNTRIES = "gazetteer/countries.tsv";

    static final String OSM = "gazetteer-odbl/syria-osm-places-2014.csv";

    /** How a name was attached to a place; used when ranking same-named candidates. */
    enum Origin { PRIMARY, ALTERNATE, ALIAS }

    /** Receives (place, name, origin, well-known) for every Arabic name read. */
    interface NameSink {
        void name(Place place, String name, Origin origin, boolean wellKnown);
    }

    private final Map<String, Place> admins = new HashMap<>();

    Map<String, Place> admins() {
        return admins;
    }

    void countries(NameSink sink) {
        for (String[] r : Tsv.read(COUNTRIES, 4)) {
            var p = new Place(r[0], PlaceKind.COUNTRY, r[1], r[2], "", r[0].substring(8), null, null, null, null,
                    null, null, null, null, "countries");
            sink.name(p, r[2], Origin.PRIMARY, true);
            Tsv.list(r[3], ";").forEach(a -> sink.name(p, a, Origin.ALIAS, true));
        }
    }

    /** Governorates (well known), districts (well known), sub-districts (trigger needed). */
    void admin(NameSink sink) {
        Map<String, Csv.Row> rows = new HashMap<>();
        Csv.read(ADMIN, row -> rows.put(row.get("pcode"), row));
        for (int level = 1; level <= 3; level++) {
            for (Csv.Row row : rows.values()) {
                if (Integer.parseInt(row.get("level")) == level) {
                    Place p = adminPlace(row, level);
                    admins.put(p.id(), p);
                    names(sink, p, row.get("name_ar"), row.get("alt_names"), level <= 2);
                }
            }
        }
    }

    private Place adminPlace(Csv.Row row, int level) {
        String pcode = row.get("pcode");
        Place parent = admins.get(row.get("parent_pcode"));
        Place gov = level == 1 ? null : level == 2 ? parent : admins.get(parent.admin1Pcode());
        Place dist = level == 3 ? parent : null;
        PlaceKind kind = level == 1 ? PlaceKind.GOVERNORATE : level == 2 ? PlaceKind.DISTRICT : PlaceKind.SUB_DISTRICT;
        return new Place(pcode, kind, row.get("name_en"), row.get("name_ar"), "", "SY",
                level == 1 ? pcode : gov.id(), level == 1 ? row.get("name_en") : gov.nameEn(),
                level == 1 ? row.get("name_ar") : gov.nameAr(),
                level == 2 ? pcode : dist == null ? null : dist.id(),
                level == 2 ? row.get("name_en") : dist == null ? null : dist.nameEn(),
                level == 2 ? row.get("name_ar") : dist == null ? null : dist.nameAr(),
                number(row.get("lat")), number(row.get("lon")), "syria-admin");
    }

    /** Populated places; only PPLC/PPLA/PPLA2 primary names are well known (seats of governorates/districts). */
    void places(NameSink sink) {
        Csv.read(PLACES, row -> {
            Place gov = admins.get(row.get("admin1_pcode"));
            Place dist = admins.get(row.get("admin2_pcode"));
            String fc = row.get("feature_code");
            boolean hood = fc.equals("PPLX") || row.get("wof_placetype").equals("neighbourhood");
            var p = new Place(row.get("id"), hood ? PlaceKind.NEIGHBOURHOOD : PlaceKind.POPULATED_PLACE,
                    row.get("name_en"), row.get("name_ar"), fc, row.get("in_syria").equals("0") ? "SY-occupied" : "SY",
                    gov == null ? null : gov.id(), gov == null ? null : gov.nameEn(), gov == null ? null : gov.nameAr(),
                    dist == null ? null : dist.id(), dist == null ? null : dist.nameEn(),
                    dist == null ? null : dist.nameAr(), number(row.get("lat")), number(row.get("lon")),
                    "syria-places");
            boolean seat = fc.equals("PPLC") || fc.equals("PPLA") || fc.equals("PPLA2");
            names(sink, p, row.get("name_ar"), row.get("alt_names"), seat);
        });
    }

    void iraq(NameSink sink) {
        Csv.read(IRAQ, row -> {
            var p = new Place(row.get("id"), PlaceKind.POPULATED_PLACE, row.get("name_en"), row.get("name_ar"),
                    row.get("feature_code"), "IQ", row.get("admin1_hasc"), row.get("admin1_name_en"),
                    row.get("admin1_name_ar"), null, row.get("admin2_name_en"), row.get("admin2_name_ar"),
                    number(row.get("lat")), number(row.get("lon")), "iraq-border-places");
            names(sink, p, row.get("name_ar"), row.get("alt_names"), false);
        });
    }

    /** OSM 2014 (ODbL) inside Syria; the sink decides whether a name is new enough to keep. */
    void osm(BiConsumer<Place, String> sink) {
        if (!Tsv.exists(OSM)) {
            return;
        }
        Csv.read(OSM, row -> {
            String type = row.get("place");
            if (!row.get("name_script").equals("ar") || !row.get("in_syria").equals("1")
                    || List.of("region", "country", "island").contains(type)) {
                return;
            }
            Place gov = admins.get(row.get("admin1_pcode"));
            Place dist = admins.get(row.get("admin2_pcode"));
            boolean hood = type.equals("suburb") || type.equals("neighbourhood");
            var p = new Place("osm:" + row.get("osm_node_id"), hood ? PlaceKind.NEIGHBOURHOOD : PlaceKind.POPULATED_PLACE,
                    "", row.get("name"), type, "SY", gov == null ? null : gov.id(), gov == null ? null : gov.nameEn(),
                    gov == null ? null : gov.nameAr(), dist == null ? null : dist.id(),
                    dist == null ? null : dist.nameEn(), dist == null ? null : dist.nameAr(),
                    number(row.get("lat")), number(row.get("lon")), "osm-2014-odbl");
            sink.accept(p, row.get("name"));
        });
    }

    private static void names(NameSink sink, Place p, String primary, String alternates, boolean wellKnown) {
        if (isArabicName(primary)) {
            sink.name(p, primary, Origin.PRIMARY, wellKnown && !primary.startsWith("مركز "));
        }
        for (String alt : alternates.split("\\|")) {
            if (isArabicName(alt) && !alt.equals(primary)) {
                // admin alternates are formal ("محافظة الحسكة"); place alternates are noisy, so trigger-only
                sink.name(p, alt, Origin.ALTERNATE, wellKnown && p.kind() != PlaceKind.POPULATED_PLACE);
            }
        }
    }

    /** Arabic-script names only; "مركز X" (sub-district seats) would shadow the word "centre". */
    static boolean isArabicName(String s) {
        if (s.isBlank() || s.startsWith("مركز ")) {
            return false;
        }
        boolean arabic = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return false;
            }
            arabic |= c >= '\u0621' && c <= '\u06D3';
        }
        return arabic;
    }

    private static Double number(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s);
    }
}
