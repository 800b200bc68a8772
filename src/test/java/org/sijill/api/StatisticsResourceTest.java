package org.sijill.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.testing.EmbeddedPostgresResource;

/**
 * Statistics over the five seeds, against numbers worked out by hand from their figures ({@code /api/v1/figures})
 * with the rule in {@code statistics/method.md}. The seeds give two incidents with casualties:
 *
 * <p><b>Raqqa</b> (SY11/SY1101, BATTLES, dated only to the year 2022; articles 000, 001, 002). Per actor and outcome,
 * from the INCIDENT figures (tier 1 unless said: sohr MONITOR, rai-al-youm NEWS_OUTLET as publisher; persons tier 2;
 * amaq tier 3):
 * <ul>
 * <li>sdf KILLED: 6 (000.f0), 2 (000.f5), 2 (000.f7), 6 (001.f0), 6 (002.f0), 2 (002.f5): low 2, high 6, best 6
 * (largest tier-1 value); 6 figures.</li>
 * <li>asayish KILLED: 3 (000.f1, part of 000.f0 = sdf), 2, 6 (001.f5, a person: tier 2), 3 (001.f11, "من بين القتلى
 * ثلاثة عناصر من قوى الأمن الداخلي", sohr), 3, 2: low 2, high 6, best 3 (largest tier-1 value); part of sdf; 6
 * figures.</li>
 * <li>isis KILLED: 2, 1, 2, 1 (person), 2, 1: low 1, best 2, high 2; 6 figures.</li>
 * <li>unknown KILLED: 1 (001.f2, "قتل حارسه", amaq) and 6 (001.f3, "مقتل ستة أشخاص", amaq), both tier 3: low 1,
 * best 6, high 6; 2 figures. isis ARRESTED: 1, 1, 1: 1/1/1; 3 figures. unknown INJURED: "about 10" (9..11): low 9,
 * best 10, high 11; 1 figure.</li>
 * </ul>
 * Total KILLED over all sides: known sides not part of another = sdf + isis = 2+1 / 6+2 / 6+2 = 3/8/8; unknown 1/6/6;
 * total = max per measure = <b>3/8/8</b>, 20 figures. ARRESTED 1/1/1 (3 figures), INJURED 9/10/11 (1 figure).
 *
 * <p><b>Ghwayran prison, Al-Hasakah</b> (SY08/SY0800, BATTLES, 2022-01-20; articles 001, 004):
 * <ul>
 * <li>unknown KILLED: "about 500" (450..550, sdf OFFICIAL): 450/500/550; 1 figure.</li>
 * <li>isis KILLED: 374 (part of the 500), 23 (publisher al-araby), "at least 16" (social media): low 16, high 374,
 * best 374 (largest tier-1 value); part of unknown; 3 figures.</li>
 * <li>sdf KILLED: "tens" 10 (10..99, part of the 500), 7 (reuters), 18 (social media, tier 3): low 7, high 99, best 10;
 * part of unknown; 3 figures.</li>
 * <li>isis ARRESTED 89 (1 figure); isis ESCAPED "at least 26" (004): low 26, no definite number so best 26, high
 * 26; unknown ESCAPED "العشرات من السجناء" (003, "dozens": 10..99, value 10): 10/10/99. Total ESCAPED over all sides:
 * known 26/26/26, unknown 10/10/99, so max per measure = 26/26/99, 2 figures.</li>
 * </ul>
 * Total KILLED: no known side outside the unknown 500, so the unknown side: <b>450/500/550</b>, 7 figures.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StatisticsResourceTest {

    private static final String STATS = "/api/v1/statistics/casualties";

    private static Map<String, Object> row(JsonPath json, Map<String, Object> keys) {
        List<Map<String, Object>> rows = json.getList("rows");
        var found = rows.stream().filter(r -> keys.entrySet().stream()
                .allMatch(k -> java.util.Objects.equals(r.get(k.getKey()), k.getValue()))).toList();
        assertEquals(1, found.size(), "exactly one row with " + keys + " in " + rows);
        return found.get(0);
    }

    private static void assertMeasures(Map<String, Object> row, int low, int best, int high, int incidents,
            int figures) {
        assertEquals(List.of(low, best, high, incidents, figures), List.of(row.get("low"), row.get("best"),
                row.get("high"), row.get("incidents"), row.get("figures")), "low/best/high/incidents/figures of " + row);
    }

    @Test
    void byAdmin1AndOutcomeAddsIncidentTotalsWithoutDoubleCounting() {
        JsonPath json = given().queryParam("groupBy", "admin1,outcome").when().get(STATS).then().statusCode(200)
                .body("groupBy", contains("admin1", "outcome")).body("method", is("/api/v1/statistics/method"))
                .body("rows", hasSize(6)).extract().jsonPath();
        assertMeasures(row(json, Map.of("admin1", "SY11", "outcome", "KILLED")), 3, 8, 8, 1, 20);
        assertMeasures(row(json, Map.of("admin1", "SY11", "outcome", "ARRESTED")), 1, 1, 1, 1, 3);
        assertMeasures(row(json, Map.of("admin1", "SY11", "outcome", "INJURED")), 9, 10, 11, 1, 1);
        assertMeasures(row(json, Map.of("admin1", "SY08", "outcome", "KILLED")), 450, 500, 550, 1, 7);
        assertMeasures(row(json, Map.of("admin1", "SY08", "outcome", "ARRESTED")), 89, 89, 89, 1, 1);
        assertMeasures(row(json, Map.of("admin1", "SY08", "outcome", "ESCAPED")), 26, 26, 99, 1, 2);
    }

    @Test
    void withoutGroupByRowsArePerOutcomeOverAllIncidents() {
        JsonPath json = given().when().get(STATS).then().statusCode(200).body("groupBy", contains("outcome"))
                .body("rows", hasSize(4)).extract().jsonPath();
        // KILLED: Raqqa 6/8/8 + Hasakah 450/500/550
        assertMeasures(row(json, Map.of("outcome", "KILLED")), 453, 508, 558, 2, 27);
        assertMeasures(row(json, Map.of("outcome", "ARRESTED")), 90, 90, 90, 2, 4);
        assertMeasures(row(json, Map.of("outcome", "INJURED")), 9, 10, 11, 1, 1);
        assertMeasures(row(json, Map.of("outcome", "ESCAPED")), 26, 26, 99, 1, 2);
    }

    @Test
    void byActorKeepsRowsThatArePartOfAnotherActorApart() {
        JsonPath json = given().queryParam("groupBy", "actor").queryParam("outcome", "KILLED").when().get(STATS)
                .then().statusCode(200).body("groupBy", contains("actor", "outcome"))
                .body("rows", everyItem(hasKey("partOfActorId"))).body("rows", hasSize(6)).extract().jsonPath();
        var none = (Object) null;
        assertMeasures(row(json, map("actor", "isis", "partOfActorId", none)), 1, 2, 2, 1, 6);
        assertMeasures(row(json, map("actor", "isis", "partOfActorId", "unknown")), 16, 374, 374, 1, 3);
        assertMeasures(row(json, map("actor", "sdf", "partOfActorId", none)), 2, 6, 6, 1, 6);
        assertMeasures(row(json, map("actor", "sdf", "partOfActorId", "unknown")), 7, 10, 99, 1, 3);
        assertMeasures(row(json, map("actor", "asayish", "partOfActorId", "sdf")), 2, 3, 6, 1, 6);
        // unknown: Raqqa 6/6/6 (amaq) + Hasakah 450/500/550
        assertMeasures(row(json, map("actor", "unknown", "partOfActorId", none)), 451, 506, 556, 2, 3);
    }

    @Test
    void monthOnlyForIncidentsDatedWithinOneMonthYearForBoth() {
        JsonPath byMonth = given().queryParam("groupBy", "month").queryParam("outcome", "KILLED").when().get(STATS)
                .then().statusCode(200).extract().jsonPath();
        assertMeasures(row(byMonth, map("month", "2022-01", "outcome", "KILLED")), 450, 500, 550, 1, 7);
        // the Raqqa incident is dated only to 2022: no month is guessed for it
        assertMeasures(row(byMonth, map("month", null, "outcome", "KILLED")), 3, 8, 8, 1, 20);
        JsonPath byYear = given().queryParam("groupBy", "year,outcome").when().get(STATS).then().statusCode(200)
                .extract().jsonPath();
        assertMeasures(row(byYear, map("year", 2022, "outcome", "KILLED")), 453, 508, 558, 2, 27);
    }

    @Test
    void incidentFiltersSelectTheIncidents() {
        JsonPath json = given().queryParam("groupBy", "eventType,admin2").queryParam("admin1", "SY11")
                .queryParam("outcome", "KILLED").when().get(STATS).then().statusCode(200).body("rows", hasSize(1))
                .body("groupBy", contains("eventType", "admin2", "outcome")).extract().jsonPath();
        assertMeasures(row(json, map("eventType", "BATTLES", "admin2", "SY1101")), 3, 8, 8, 1, 20);
        given().queryParam("from", "2022-01-20").queryParam("to", "2022-01-20").queryParam("outcome", "KILLED").when()
                .get(STATS).then().statusCode(200).body("rows", hasSize(1)) // both overlap the day: 2022 and 01-20
                .body("rows[0].incidents", is(2)).body("rows[0].best", is(508));
        given().queryParam("eventType", "RIOTS").when().get(STATS).then().statusCode(200).body("rows", hasSize(0));
    }

    @Test
    void bySourceCountsAnIncidentUnderEachOfItsSources() {
        JsonPath json = given().queryParam("groupBy", "source").queryParam("outcome", "KILLED").when().get(STATS)
                .then().statusCode(200).extract().jsonPath();
        assertMeasures(row(json, map("source", "sohr")), 3, 8, 8, 1, 20);
        assertMeasures(row(json, map("source", "amaq")), 3, 8, 8, 1, 20);
        assertMeasures(row(json, map("source", "reuters")), 450, 500, 550, 1, 7);
    }

    @Test
    void bySourceTakesTheIncidentFiltersAndCombinesWithActor() {
        JsonPath json = given().queryParam("groupBy", "source").queryParam("outcome", "KILLED")
                .queryParam("admin1", "SY08").when().get(STATS).then().statusCode(200)
                .body("rows.source", not(hasItem("sohr"))).extract().jsonPath(); // sohr reported Raqqa only
        assertMeasures(row(json, map("source", "reuters")), 450, 500, 550, 1, 7);
        json = given().queryParam("groupBy", "source,actor").queryParam("outcome", "KILLED")
                .queryParam("admin1", "SY11").when().get(STATS).then().statusCode(200)
                .body("groupBy", contains("source", "actor", "outcome")).extract().jsonPath();
        assertMeasures(row(json, map("source", "sohr", "actor", "sdf")), 2, 6, 6, 1, 6);
        assertMeasures(row(json, map("source", "sohr", "actor", "asayish")), 2, 3, 6, 1, 6);
    }

    @ParameterizedTest
    @ValueSource(strings = { "admin1,nosuchkey", "admin1,,outcome", "outcome,outcome", "ADMIN1", "," })
    void badGroupByIsAProblemNamingIt(String groupBy) {
        given().queryParam("groupBy", groupBy).when().get(STATS).then().statusCode(400)
                .contentType("application/problem+json").body("type", is("/problems/invalid-parameter"))
                .body("errors[0].parameter", is("groupBy"));
        if (groupBy.contains("nosuchkey")) {
            given().queryParam("groupBy", groupBy).when().get(STATS).then().body("detail", containsString("nosuchkey"));
        }
    }

    @Test
    void unknownOutcomeAndParameterAreProblems() {
        given().queryParam("outcome", "DEAD").when().get(STATS).then().statusCode(400)
                .body("errors[0].parameter", is("outcome"));
        given().queryParam("group", "admin1").when().get(STATS).then().statusCode(400)
                .body("type", is("/problems/unknown-parameter"));
    }

    @Test
    void methodIsServedAndIsTheReadmeStatisticsSection() throws Exception {
        JsonPath method = given().when().get("/api/v1/statistics/method").then().statusCode(200)
                .body("title", notNullValue()).body("sections.heading", hasItem("Statistics rows"))
                .body("sections.text", everyItem(not(is("")))).extract().jsonPath();
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Statistics\n");
        assertTrue(start >= 0, "README has a Statistics section");
        int end = readme.indexOf("\n## ", start + 5);
        String section = squeeze(readme.substring(start, end < 0 ? readme.length() : end));
        List<Map<String, String>> sections = method.getList("sections");
        for (var s : sections) {
            assertTrue(section.contains(squeeze("### " + s.get("heading"))), "README has heading " + s.get("heading"));
            assertTrue(section.contains(squeeze(s.get("text"))), "README states: " + s.get("text"));
        }
    }

    @Test
    void reportedListsAggregateTalliesWithSourcePeriodAndEvidence() {
        given().when().get("/api/v1/statistics/reported").then().statusCode(200)
                .body("total", is(6)).body("items", hasSize(6))
                .body("items.id", everyItem(containsString("000_10540df14f6fc042.f")))
                .body("items[0].actorId", is("unknown")).body("items[0].count.value", is(148))
                .body("items[0].source.id", is("sohr")).body("items[0].source.basis", is("ATTRIBUTED"))
                .body("items[0].period.start", is("2022-01-01")).body("items[0].period.end", is("2022-12-31"))
                .body("items[0].evidence.quote", containsString("148"))
                .body("items.find { it.count.value == 54 }.actorId", is("civilians"))
                .body("items.find { it.count.value == 54 }.partOf", is("000_10540df14f6fc042.f8"))
                .body("next", nullValue());
        given().queryParam("actor", "sdf").when().get("/api/v1/statistics/reported").then().statusCode(200)
                .body("total", is(1)).body("items[0].count.value", is(93));
        given().queryParam("limit", 2).when().get("/api/v1/statistics/reported").then().statusCode(200)
                .body("items", hasSize(2)).body("next", is("/api/v1/statistics/reported?offset=2&limit=2"));
        given().queryParam("to", "2021-12-31").when().get("/api/v1/statistics/reported").then().statusCode(200)
                .body("total", is(0));
    }

    private static Map<String, Object> map(Object... kv) {
        var m = new java.util.HashMap<String, Object>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
