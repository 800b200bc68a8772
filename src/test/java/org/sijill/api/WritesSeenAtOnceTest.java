package org.sijill.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijill.testing.EmbeddedPostgresResource;

/**
 * A write through this instance is seen by the very next read, whatever the version's time in memory: here it may be
 * kept for an hour, so only the end of the writing transaction can make the reads below change.
 */
@QuarkusTest
@TestProfile(WritesSeenAtOnceTest.VersionKeptLong.class)
@WithTestResource(EmbeddedPostgresResource.class)
class WritesSeenAtOnceTest {

    public static class VersionKeptLong implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sijill.http.version-max-age", "1h");
        }
    }

    private static final String KEY = "Bearer test-writer-key";

    @Test
    void postAndDeleteAreSeenByTheNextReadWithANewTag() {
        String path = "/api/v1/articles?limit=1";
        int total = given().when().get(path).then().statusCode(200).extract().path("total");
        String before = given().when().get(path).then().statusCode(200).extract().header("ETag"); // from memory
        String incidentsBefore = given().when().get("/api/v1/incidents").then().statusCode(200).extract().header("ETag");

        String id = given().header("Authorization", KEY).contentType("text/plain; charset=utf-8")
                .body("قتل ثلاثة مدنيين في قصف على بلدة الشحيل بريف دير الزور").when().post("/api/v1/articles")
                .then().statusCode(201).extract().path("id");
        String afterPost = given().header("If-None-Match", before).when().get(path).then().statusCode(200)
                .body("total", is(total + 1)).header("ETag", not(before)).extract().header("ETag");
        given().header("If-None-Match", incidentsBefore).when().get("/api/v1/incidents").then().statusCode(200)
                .header("ETag", not(incidentsBefore));
        given().when().get("/api/v1/articles/" + id).then().statusCode(200).body("id", is(id));

        given().header("Authorization", KEY).when().delete("/api/v1/articles/" + id).then().statusCode(204);
        String afterDelete = given().header("If-None-Match", afterPost).when().get(path).then().statusCode(200)
                .body("total", is(total)).header("ETag", not(afterPost)).extract().header("ETag");
        assertEquals(false, afterDelete.equals(before), "a new version, not the old tag again");
        given().when().get("/api/v1/articles/" + id).then().statusCode(404);
    }
}
