package org.sijill.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijill.testing.EmbeddedPostgresResource;

/** With no API key configured, the service refuses every write, whatever key is sent, and says how to enable them. */
@QuarkusTest
@TestProfile(WritesDisabledTest.NoKeys.class)
@WithTestResource(EmbeddedPostgresResource.class)
class WritesDisabledTest {

    public static class NoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sijill.api-keys", "", "sijill.seeds.load-on-startup", "false");
        }
    }

    @Test
    void writesAre403ProblemsSayingHowToEnableThem() {
        for (String auth : new String[] { "Bearer test-writer-key", "Bearer ", "Bearer anything" }) {
            given().header("Authorization", auth).contentType("text/plain; charset=utf-8").body("نص").when()
                    .post("/api/v1/articles").then().statusCode(403).contentType("application/problem+json")
                    .body("type", is("/problems/writes-disabled")).body("detail", containsString("SIJILL_API_KEYS"));
        }
        given().contentType("text/plain; charset=utf-8").body("نص").when().post("/api/v1/articles").then()
                .statusCode(403);
        given().header("Authorization", "Bearer x").when().delete("/api/v1/articles/000_10540df14f6fc042").then()
                .statusCode(403);
        given().when().get("/api/v1/articles").then().statusCode(200);
    }
}
