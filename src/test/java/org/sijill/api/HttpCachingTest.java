package org.sijill.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.SijillConfig;
import org.sijill.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class HttpCachingTest {

    private static final String KEY = "Bearer test-writer-key";

    @Inject
    SijillConfig config;

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/articles", "/api/v1/articles/000_10540df14f6fc042", "/api/v1/incidents",
            "/api/v1/figures?scope=AGGREGATE", "/api/v1/sources", "/api/v1/sources/sohr", "/api/v1/actors",
            "/api/v1/actors/isis", "/api/v1/statistics/casualties?groupBy=admin1", "/api/v1/statistics/method",
            "/api/v1/statistics/reported", "/api/v1/incidents?format=geojson", "/api/v1/figures?format=csv" })
    void everyReadHasAStrongEtagAndA304ForIt(String path) {
        String etag = given().when().get(path).then().statusCode(200)
                .header("ETag", matchesPattern("\"[^\"]+\"")) // strong: no W/ prefix
                .header("Cache-Control", is("public, max-age=60")).header("Vary", containsString("Accept"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304)
                .header("ETag", is(etag)).header("Cache-Control", is("public, max-age=60")).body(emptyString());
        given().header("If-None-Match", "\"something-else\"").when().get(path).then().statusCode(200);
    }

    @Test
    void representationsOfOneUrlHaveDifferentTags() {
        String json = given().when().get("/api/v1/incidents").then().extract().header("ETag");
        String csv = given().accept("text/csv").when().get("/api/v1/incidents").then().extract().header("ETag");
        String page = given().queryParam("limit", 1).when().get("/api/v1/incidents").then().extract().header("ETag");
        assertNotEquals(json, csv);
        assertNotEquals(json, page);
        given().accept("text/csv").header("If-None-Match", json).when().get("/api/v1/incidents").then().statusCode(200);
    }

    @Test
    void theTagChangesWhenTheDataChanges() {
        String before = given().when().get("/api/v1/incidents").then().statusCode(200).extract().header("ETag");
        String id = given().header("Authorization", KEY).contentType("text/plain; charset=utf-8")
                .body("قتل مدنيان في قصف على بلدة البصيرة بريف دير الزور").when().post("/api/v1/articles").then()
                .statusCode(201).extract().path("id");
        try {
            given().header("If-None-Match", before).when().get("/api/v1/incidents").then().statusCode(200)
                    .header("ETag", not(before));
        } finally {
            given().header("Authorization", KEY).when().delete("/api/v1/articles/" + id).then().statusCode(204);
        }
        given().header("If-None-Match", before).when().get("/api/v1/incidents").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/incidents?limit=2", "/api/v1/articles/000_10540df14f6fc042",
            "/api/v1/statistics/casualties?groupBy=admin1,outcome" })
    void aRepeatedReadComesFromMemoryWithTheSameBytesAndHeaders(String path) {
        var first = given().when().get(path).then().statusCode(200).extract();
        for (int i = 0; i < 3; i++) {
            var again = given().when().get(path).then().statusCode(200).extract();
            assertArrayEquals(first.asByteArray(), again.asByteArray(), path);
            for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Vary", "Link")) {
                assertEquals(first.headers().getValues(header), again.headers().getValues(header), header);
            }
        }
        assertEquals("application/json;charset=UTF-8", first.header("Content-Type"));
        assertEquals(1, first.headers().getValues("Vary").size());
    }

    @Test
    void aKeptReadIsAnsweredFromMemoryWhileTheVersionStands() throws Exception {
        String id = "000_10540df14f6fc042";
        String title = given().when().get("/api/v1/articles/" + id).then().statusCode(200).extract().path("title");
        try {
            // the data changes under a version that does not: only a read that is kept can still show the old title
            sql("update article set title = 'changed under the same version' where id = '" + id + "'",
                    "update data_version set version = version - 1 where id = 1"); // the commit adds it back
            Thread.sleep(config.http().versionMaxAge().toMillis() + 1); // the version is read again: unchanged
            given().when().get("/api/v1/articles/" + id).then().statusCode(200).body("title", is(title));
            given().when().get("/api/v1/articles?publisher=sohr&limit=7").then().statusCode(200) // not kept before
                    .body("items.find { it.id == '" + id + "' }.title", is("changed under the same version"));
        } finally {
            sql("update article set title = '" + title.replace("'", "''") + "' where id = '" + id + "'"); // new version
        }
        given().when().get("/api/v1/articles/" + id).then().statusCode(200).body("title", is(title));
    }

    private static void sql(String... statements) throws Exception {
        try (var c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres")) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                for (String statement : statements) {
                    s.executeUpdate(statement);
                }
            }
            c.commit();
        }
    }

    @Test
    void aChangeMadeElsewhereIsSeenWithinTheConfiguredBound() throws Exception {
        String before = given().when().get("/api/v1/figures?limit=3").then().statusCode(200).extract().header("ETag");
        long version;
        // another replica (or someone at the database) writes: this process gets no signal
        try (var c = DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres");
                var s = c.createStatement()) {
            s.executeUpdate("update data_version set version = version + 1, changed_at = now() where id = 1");
            var rows = s.executeQuery("select version from data_version where id = 1");
            rows.next();
            version = rows.getLong(1);
        }
        Thread.sleep(config.http().versionMaxAge().toMillis() + 1); // the longest a kept version is used
        given().header("If-None-Match", before).when().get("/api/v1/figures?limit=3").then().statusCode(200)
                .header("ETag", startsWith("\"v" + version + "-")).header("ETag", not(before));
    }

    @Test
    void errorsAndWritesCarryNoTag() {
        given().when().get("/api/v1/articles/no-such-id").then().statusCode(404).header("ETag", nullValue());
        given().when().get("/api/v1/articles?limit=0").then().statusCode(400).header("ETag", nullValue());
    }

    @Test
    void corsPreflightFromAnotherOriginAllowsGetButNotPost() {
        given().header("Origin", "https://news-map.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").when().options("/api/v1/incidents").then()
                .statusCode(200).header("Access-Control-Allow-Origin", is("https://news-map.example"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Credentials", not(is("true")));
        // the browser sends the POST only if the preflight grants both the method and the Authorization header
        given().header("Origin", "https://news-map.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").when()
                .options("/api/v1/articles").then()
                .header("Access-Control-Allow-Methods", not(containsString("POST")))
                .header("Access-Control-Allow-Headers", not(containsString("Authorization")));
        given().header("Origin", "https://news-map.example").header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/articles/000_10540df14f6fc042").then()
                .header("Access-Control-Allow-Methods", not(containsString("DELETE")));
    }

    @Test
    void corsReadsExposeTheCachingHeaders() {
        given().header("Origin", "https://news-map.example").when().get("/api/v1/incidents?limit=1"); // kept now
        given().header("Origin", "https://news-map.example").when().get("/api/v1/incidents?limit=1").then()
                .statusCode(200).header("Access-Control-Allow-Origin", is("https://news-map.example"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Vary", containsString("Origin")).header("ETag", notNullValue());
    }
}
