package org.sijill.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sijill.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ExportsTest {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    /** The body of a CSV answer, checked for the BOM, parsed back with the CSV library (header row → keys). */
    private static List<Map<String, String>> csv(Response r, String fileName) throws Exception {
        r.then().statusCode(200).contentType(startsWith("text/csv")).contentType(containsString("charset=utf-8"))
                .header("Content-Disposition", is("attachment; filename=" + fileName + ".csv"));
        byte[] bytes = r.asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark first, for Excel");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return rows.readAll();
        }
    }

    @ParameterizedTest
    @CsvSource({ "articles, 5", "incidents, 5", "figures, 40", "actors, 0", "sources, 0", "statistics/reported, 6" })
    void everyCollectionAnswersAllItsRowsAsCsvByAcceptOrFormat(String collection, int expected) throws Exception {
        String path = "/api/v1/" + collection;
        String fileName = collection.substring(collection.lastIndexOf('/') + 1);
        // no paging: limit=1 applies to JSON pages only
        var byAccept = csv(given().accept("text/csv").queryParam("limit", 1).when().get(path), fileName);
        var byFormat = csv(given().queryParam("format", "csv").when().get(path), fileName);
        int total = given().when().get(path).then().statusCode(200).extract().path("total");
        if (expected > 0) {
            assertEquals(expected, total);
        }
        assertEquals(total, byAccept.size(), collection + ": every row, not one page");
        assertEquals(byAccept, byFormat);
        JsonPath page = given().queryParam("limit", 500).when().get(path).then().extract().jsonPath();
        assertEquals(page.getList("items.id"), byAccept.stream().map(r -> r.get("id")).toList(), "same rows, same order");
    }

    @Test
    void articlesCsvKeepsArabicAndQuotesLikeTheJson() throws Exception {
        var rows = csv(given().queryParam("format", "csv").when().get("/api/v1/articles"), "articles");
        JsonPath json = given().when().get("/api/v1/articles").then().extract().jsonPath();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            assertEquals(json.getString("items[" + i + "].title"), row.get("title"), "Arabic title, with its quotes");
            assertEquals(json.getString("items[" + i + "].sha256"), row.get("sha256"));
            assertEquals(String.valueOf(json.getInt("items[" + i + "].characters")), row.get("characters"));
            assertEquals(String.join(";", json.getList("items[" + i + "].incidentIds", String.class)),
                    row.get("incidentIds"));
        }
        assertEquals("sohr", rows.get(0).get("publisherId"));
        assertEquals("المرصد السوري لحقوق الإنسان", rows.get(0).get("publisherNameAr"));
    }

    @Test
    void incidentsCsvFlattensLocationAndAddsTotals() throws Exception {
        var rows = csv(given().queryParam("format", "csv").queryParam("admin1", "SY08").when().get("/api/v1/incidents"),
                "incidents");
        assertEquals(1, rows.size());
        var r = rows.get(0);
        assertEquals("SY08", r.get("admin1"));
        assertEquals("الحسكة", r.get("admin1NameAr"));
        assertEquals("سجن غويران", r.get("site"));
        assertEquals("36.50237", r.get("lat"));
        assertEquals("40.74772", r.get("lon"));
        assertEquals(List.of("450", "500", "550"), List.of(r.get("killedLow"), r.get("killedBest"), r.get("killedHigh")));
        assertEquals("", r.get("injuredBest"), "no injured figure: empty, not 0");
        assertTrue(r.get("casualtiesByActor").contains("isis:KILLED:16:374:374:unknown"), r.get("casualtiesByActor"));
        assertEquals("003_5349be87dbcac639;004_2d34422f699394eb", r.get("articleIds"));
    }

    @Test
    void figuresCsvCarriesEvidenceThatIndexesTheText() throws Exception {
        var rows = csv(given().queryParam("format", "csv").queryParam("article", "004_2d34422f699394eb").when()
                .get("/api/v1/figures"), "figures");
        String text = given().when().get("/api/v1/articles/004_2d34422f699394eb").then().extract().path("text");
        for (var r : rows) {
            int start = Integer.parseInt(r.get("evidenceStart"));
            int end = Integer.parseInt(r.get("evidenceEnd"));
            assertEquals(text.substring(start, end), r.get("quote"));
        }
    }

    @Test
    void statisticsCsvHasOneColumnPerKeyThenTheMeasures() throws Exception {
        var r = given().accept("text/csv").queryParam("groupBy", "actor,admin1").queryParam("outcome", "KILLED").when()
                .get("/api/v1/statistics/casualties");
        var rows = csv(r, "casualties");
        String header = new String(r.asByteArray(), StandardCharsets.UTF_8).substring(1).lines().findFirst().orElseThrow();
        assertEquals("actor,admin1,outcome,partOfActorId,low,best,high,incidents,figures", header);
        var asayish = rows.stream().filter(x -> x.get("actor").equals("asayish")).findFirst().orElseThrow();
        assertEquals(Map.of("actor", "asayish", "admin1", "SY11", "outcome", "KILLED", "partOfActorId", "sdf", "low", "2",
                "best", "3", "high", "6", "incidents", "1", "figures", "6"), asayish); // six asayish figures, see StatisticsResourceTest
    }

    @Test
    void incidentsAsGeoJsonFeatureCollectionWithLonLat() throws Exception {
        for (var request : List.of(given().accept("application/geo+json"), given().queryParam("format", "geojson"))) {
            Response r = request.queryParam("limit", 1).when().get("/api/v1/incidents");
            r.then().statusCode(200).contentType(startsWith("application/geo+json"));
            Map<?, ?> fc = new ObjectMapper().readValue(r.asByteArray(), Map.class);
            assertEquals("FeatureCollection", fc.get("type"));
            List<?> features = (List<?>) fc.get("features");
            assertEquals(5, features.size(), "every matching incident, no paging");
            for (Object o : features) {
                Map<?, ?> f = (Map<?, ?>) o;
                assertEquals("Feature", f.get("type"));
                Map<?, ?> props = (Map<?, ?>) f.get("properties");
                assertEquals(f.get("id"), props.get("id"));
                Map<?, ?> location = (Map<?, ?>) props.get("location");
                Map<?, ?> geometry = (Map<?, ?>) f.get("geometry");
                if (location.get("lat") == null) {
                    assertNull(geometry);
                    continue;
                }
                assertEquals("Point", geometry.get("type"));
                assertEquals(List.of(location.get("lon"), location.get("lat")), geometry.get("coordinates"),
                        "RFC 7946: [longitude, latitude]");
            }
        }
        // Al-Hasakah lies east of 40°E and north of 36°N: longitude first
        given().queryParam("format", "geojson").queryParam("admin1", "SY08").when().get("/api/v1/incidents").then()
                .statusCode(200).body("features[0].geometry.coordinates[0]", is(40.74772f))
                .body("features[0].geometry.coordinates[1]", is(36.50237f));
    }

    @Test
    void emptySelectionIsAnEmptyFeatureCollection() {
        given().queryParam("format", "geojson").queryParam("bbox", "0,0,1,1").when().get("/api/v1/incidents").then()
                .statusCode(200).body("type", is("FeatureCollection")).body("features.size()", is(0));
    }

    @ParameterizedTest
    @CsvSource({ "/api/v1/articles, geojson", "/api/v1/incidents, xml", "/api/v1/figures, CSV",
            "/api/v1/statistics/casualties, geojson", "/api/v1/actors, json+csv" })
    void unknownFormatIsAProblem(String path, String format) {
        given().queryParam("format", format).when().get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", is("format"));
    }

    @ParameterizedTest
    @CsvSource({ "/api/v1/articles, application/geo+json", "/api/v1/incidents, application/xml",
            "/api/v1/statistics/casualties, text/html", "/api/v1/sources, image/png" })
    void acceptNothingSatisfiesIs406Problem(String path, String accept) {
        given().accept(accept).when().get(path).then().statusCode(406).contentType("application/problem+json")
                .body("status", is(406));
    }

    @Test
    void acceptPreferenceOrderIsHonoured() {
        given().accept("text/csv;q=0.5, application/json").when().get("/api/v1/actors").then().statusCode(200)
                .contentType(startsWith("application/json"));
        given().accept("application/json;q=0.1, text/csv").when().get("/api/v1/actors").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        given().accept("*/*").when().get("/api/v1/incidents").then().statusCode(200)
                .contentType(startsWith("application/json"));
    }
}
