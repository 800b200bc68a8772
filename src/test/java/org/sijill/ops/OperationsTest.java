package org.sijill.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.sijill.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OperationsTest {

    @Test
    void liveAndReadyAfterStartupIngest() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem("startup-ingest"))
                .body("checks.find { it.name == 'startup-ingest' }.data.state", is("DONE"));
    }

    @Test
    void prometheusMetrics() {
        given().when().get("/api/v1/articles").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void swaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
