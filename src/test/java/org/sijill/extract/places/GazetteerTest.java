package org.sijill.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sijill.extract.TestKeys;

class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = new Gazetteer(TestKeys.KEY);
        System.out.printf("gazetteer: %d places, %d names, loaded in %d ms%n", gazetteer.placeCount(),
                gazetteer.nameCount(), gazetteer.loadMillis());
    }

    @Test
    void loadsWithinBudget() {
        // budget is 1 s; the margin absorbs the shared 2-core test machine and a cold JIT
        assertTrue(gazetteer.loadMillis() < 3000, gazetteer.loadMillis() + " ms");
        assertTrue(gazetteer.placeCount() > 15_000);
    }

    /** Spellings the README warns about, and Kurdish/one-word variants, all reach the same place. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            الهول       | wof:1326547783
            الحول       | wof:1326547783
            كوباني      | wof:1360282145
            عين العرب   | wof:1360282145
            سري كانيه   | wof:1276457637
            الشدادي     | wof:1259983725
            الشدادية    | wof:1259983725
            البو كمال   | wof:890449891
            البوكمال    | wof:890449891
            قامشلو      | wof:1225958399
            ديرالزور    | wof:421202167
            """)
    void findsAliases(String name, String placeId) {
        assertTrue(gazetteer.lookup(name).stream().anyMatch(e -> e.place().id().equals(placeId)),
                () -> gazetteer.lookup(name).toString());
    }

    @Test
    void carriesAdminHierarchy() {
        Place hol = gazetteer.place("SY080006").orElseThrow();
        assertEquals(PlaceKind.SUB_DISTRICT, hol.kind());
        assertEquals("SY08", hol.admin1Pcode());
        assertEquals("SY0800", hol.admin2Pcode());
        Place raqqa = gazetteer.place("wof:421172833").orElseThrow();
        assertEquals("SY11", raqqa.admin1Pcode());
        assertEquals("الرقة", raqqa.admin1NameAr());
        assertEquals("SY1101", raqqa.admin2Pcode());
        assertEquals(35.95283, raqqa.lat(), 1e-6);
        Place mosul = gazetteer.place("wof:421186153").orElseThrow();
        assertEquals("IQ", mosul.countryCode());
        assertEquals("IQ.NI", mosul.admin1Pcode());
    }

    /** OSM (ODbL) only fills names no CC BY/CC0 file has, and can be left out entirely. */
    @Test
    void usesOpenStreetMapOnlyAsFallback() {
        assertTrue(gazetteer.lookup("الرقة").stream().noneMatch(e -> e.place().id().startsWith("osm:")));
        List<NameEntry> mahkan = gazetteer.lookup("محكان");
        assertEquals("osm-2014-odbl", mahkan.get(0).place().dataset());
        assertTrue(new Gazetteer(TestKeys.KEY, false).lookup("محكان").isEmpty());
    }

    @Test
    void sitesPointAtRealPlaces() {
        Site prison = gazetteer.site("hasakah.ghwayran-prison").orElseThrow();
        assertEquals("wof:421168649", prison.enclosing().id());
        assertEquals("SY0903", gazetteer.site("deir-ez-zor.al-omar-oil-field").orElseThrow().enclosing().id());
    }
}
