package org.sijill.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijill.incidents.IncidentService;
import org.sijill.testing.EmbeddedPostgresResource;

/**
 * Incidents, figures, sources and actors over the five seeds. The expectations follow the reading of the articles:
 * the Raqqa attack on the security quarter is reported by 000, 001 and 002; the Ghwayran prison attack in
 * Al-Hasakah by 003 and 004, and mentioned in passing by 000, 001 and 002; 003 also reports clashes near al-Sur, in
 * al-Busayrah, and a roadside bomb in Raqqa.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class IncidentsResourceTest {

    @Inject
    IncidentService incidents;

    private static JsonPath all() {
        return given().queryParam("limit", 500).when().get("/api/v1/incidents").then().statusCode(200).extract()
                .jsonPath();
    }

    private static Map<String, Object> incidentReportedBy(JsonPath page, String article, String admin2) {
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(i -> ((List<?>) i.get("articleIds")).contains(article))
                .filter(i -> admin2.equals(((Map<?, ?>) ((Map<?, ?>) i.get("location")).get("admin2")).get("pcode")))
                .findFirst().orElseThrow();
    }

    @Test
    void fiveIncidentsEachLinkedToTheArticlesThatReportThem() {
        JsonPath page = all();
        assertEquals(5, page.getInt("total"));
        var raqqa = incidentReportedBy(page, "000_10540df14f6fc042", "SY1101");
        assertEquals(List.of("000_10540df14f6fc042", "001_040cf81d154c6964", "002_225182bcdbf2fae4"),
                raqqa.get("articleIds"));
        var ghwayran = incidentReportedBy(page, "004_2d34422f699394eb", "SY0800");
        assertEquals(List.of("003_5349be87dbcac639", "004_2d34422f699394eb"), ghwayran.get("articleIds"));
        assertEquals("BATTLES", ghwayran.get("eventType"));
        given().when().get("/api/v1/incidents/" + ghwayran.get("id")).then().statusCode(200)
                .body("referencedBy", containsInAnyOrder("000_10540df14f6fc042", "001_040cf81d154c6964",
                        "002_225182bcdbf2fae4"))
                .body("date.start", is("2022-01-20")).body("location.admin1.pcode", is("SY08"))
                .body("location.lat", greaterThan(36.0f))
                // its figures include the toll 001 gives for it in passing: about 500 dead, 374 of them ISIS
                .body("figures.evidence.quote", hasItem("حوالي 500 قتيلا"));
    }

    @Test
    void casualtiesFollowTheFiguresWithoutDoubleCounting() {
        var ghwayran = incidentReportedBy(all(), "004_2d34422f699394eb", "SY0800");
        String id = (String) ghwayran.get("id");
        // ISIS killed: 23 (al-Araby), at least 16 (tweet), 374 of ~500 (SDF, via 001): low 16, best 374 (tier 1)
        given().when().get("/api/v1/incidents/" + id).then()
                .body("casualties.find { it.actorId == 'isis' && it.outcome == 'KILLED' }.low", is(16))
                .body("casualties.find { it.actorId == 'isis' && it.outcome == 'KILLED' }.best", is(374))
                .body("casualties.find { it.actorId == 'isis' && it.outcome == 'KILLED' }.partOfActorId", is("unknown"))
                .body("casualties.find { it.actorId == 'isis' && it.outcome == 'ARRESTED' }.best", is(89))
                // SDF killed: 7 (military source to Reuters), 18 (a tweet), "dozens" within the ~500
                .body("casualties.find { it.actorId == 'sdf' && it.outcome == 'KILLED' }.low", is(7))
                .body("casualties.find { it.actorId == 'sdf' && it.outcome == 'KILLED' }.high", is(99));
    }

    @Test
    void filtersAreExactAndBadValuesAreProblems() {
        given().queryParam("admin1", "SY08").when().get("/api/v1/incidents").then().statusCode(200)
                .body("total", is(1));
        given().queryParam("eventType", "EXPLOSIONS_REMOTE_VIOLENCE").when().get("/api/v1/incidents").then()
                .statusCode(200).body("total", is(1))
                .body("items[0].subEventType", is("REMOTE_EXPLOSIVE_LANDMINE_IED"));
        given().queryParam("actor", "turkey").when().get("/api/v1/incidents").then().statusCode(200)
                .body("total", is(0));
        given().queryParam("article", "001_040cf81d154c6964").when().get("/api/v1/incidents").then()
                .statusCode(200).body("total", is(2));
        given().queryParam("bbox", "38.5,35.5,39.5,36.5").when().get("/api/v1/incidents").then().statusCode(200)
                .body("items.location.admin2.pcode", everyItem(is("SY1101")));
        given().queryParam("sort", "-killed").when().get("/api/v1/incidents").then().statusCode(200)
                .body("items[0].location.admin1.pcode", is("SY08"));
        given().queryParam("eventType", "WAR").when().get("/api/v1/incidents").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", is("eventType"));
        given().queryParam("bbox", "1,2,3").when().get("/api/v1/incidents").then().statusCode(400)
                .body("errors[0].parameter", is("bbox"));
        given().queryParam("sort", "killed").when().get("/api/v1/incidents").then().statusCode(400);
        given().when().get("/api/v1/incidents/inc-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void idsStayTheSameWhenIncidentsAreDerivedAgain() {
        List<String> before = all().getList("items.id");
        incidents.rebuild();
        assertEquals(before, all().getList("items.id"));
    }

    @Test
    void figuresQuoteTheOriginalTextAtTheirOffsets() {
        String text = given().when().get("/api/v1/articles/004_2d34422f699394eb").then().statusCode(200).extract()
                .path("text");
        JsonPath figures = given().queryParam("article", "004_2d34422f699394eb").when().get("/api/v1/figures")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(6, figures.getInt("total"));
        List<Map<String, Object>> items = figures.getList("items");
        for (Map<String, Object> f : items) {
            var ev = (Map<?, ?>) f.get("evidence");
            assertEquals(ev.get("quote"), text.substring((Integer) ev.get("start"), (Integer) ev.get("end")));
        }
        given().queryParam("outcome", "ESCAPED").queryParam("article", "004_2d34422f699394eb").when()
                .get("/api/v1/figures").then().body("items[0].count.low", is(26))
                .body("items[0].count.qualifier", is("AT_LEAST"));
        given().queryParam("scope", "AGGREGATE").when().get("/api/v1/figures").then().statusCode(200)
                .body("total", is(6)).body("items.incidentId", everyItem(org.hamcrest.Matchers.nullValue()))
                .body("items[0].period.start", is("2022-01-01"));
        given().queryParam("source", "reuters").when().get("/api/v1/figures").then()
                .body("items.count.value", contains(7));
        given().queryParam("outcome", "DEAD").when().get("/api/v1/figures").then().statusCode(400);
    }

    @Test
    void sourcesAndActors() {
        given().when().get("/api/v1/sources/amaq").then().statusCode(200).body("kind", is("ARMED_GROUP_MEDIA"))
                .body("affiliation", is("isis")).body("figuresAttributed", is(3));
        given().when().get("/api/v1/sources/enab-baladi").then().statusCode(200).body("articlesPublished", is(1));
        given().when().get("/api/v1/sources").then().statusCode(200)
                .body("items.id", hasItem("twitter:sebusher")).body("items.id", hasItem("sohr"));
        given().when().get("/api/v1/sources/nobody").then().statusCode(404);
        given().when().get("/api/v1/actors/asayish").then().statusCode(200).body("parentId", is("sdf"))
                .body("aliases", hasItem("الأسايش"));
        given().queryParam("limit", 500).when().get("/api/v1/actors").then().statusCode(200)
                .body("items.id", hasItem("isis"));
    }

    @Test
    void articleDetailCarriesPublisherFiguresAndMentions() {
        given().when().get("/api/v1/articles/003_5349be87dbcac639").then().statusCode(200)
                .body("publisher.id", is("enab-baladi")).body("publishedDate.start", is("2022-01-25"))
                .body("publishedDate.precision", is("DAY")).body("incidentIds", hasSize(4))
                .body("figureCount", is(1)).body("mentions.kind", hasItem("PLACE")) // the dozens of prisoners who crossed the walls
                .body("mentions.findAll { it.kind == 'DATE' }.evidence.quote", hasItem(startsWith("منذ مساء 19")));
        given().queryParam("publisher", "sohr").when().get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("000_10540df14f6fc042", "002_225182bcdbf2fae4"));
    }
}
