package org.sijill.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sijill.testing.EmbeddedPostgresResource;

/** The committed contract must be exactly what the service generates. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi/openapi.yaml");

    @Test
    void committedSpecMatchesGenerated() throws Exception {
        String generated = given().when().get("/q/openapi?format=yaml").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi/openapi.yaml is missing; create it with "
                + "./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true");
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), generated,
                "openapi/openapi.yaml differs from the generated document. If the API change is intended, refresh it "
                        + "with ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true and commit the diff.");
    }

    @Test
    void documentsTheProblemSchemaAndArticles() {
        String yaml = given().when().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        assertTrue(yaml.contains("/api/v1/articles/{id}:"), "articles detail path");
        assertTrue(yaml.contains("application/problem+json"), "problem media type");
        assertTrue(yaml.contains("Problem:"), "problem schema");
        assertTrue(yaml.contains("title: Sijill API"), "title");
    }
}
