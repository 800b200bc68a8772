package org.sijill.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.incidents.IncidentService;
import org.sijill.testing.EmbeddedPostgresResource;

/** Writes are rate-limited per API key: past the allowance, 429 problems with Retry-After. */
@QuarkusTest
@TestProfile(WriteRateLimitedTest.TwoPerMinute.class)
@WithTestResource(EmbeddedPostgresResource.class)
class WriteRateLimitedTest {

    public static class TwoPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sijill.writes.per-minute", "2", "sijill.seeds.load-on-startup", "false");
        }
    }

    @Inject
    IncidentService incidents;

    private final List<String> posted = new ArrayList<>();

    @AfterEach
    void removePosted() {
        QuarkusTransaction.requiringNew().run(() -> posted.forEach(id -> Article.deleteById(id)));
        incidents.rebuild();
    }

    private io.restassured.response.ValidatableResponse post(String key, String text) {
        return given().header("Authorization", "Bearer " + key).contentType("text/plain; charset=utf-8").body(text)
                .when().post("/api/v1/articles").then();
    }

    @Test
    void aThirdWriteWithinTheMinuteIs429WithRetryAfterAndOtherKeysGoOn() {
        posted.add(post("test-writer-key", "مقتل مدني في مدينة الرقة اليوم").statusCode(201).extract().path("id"));
        posted.add(post("test-writer-key", "إصابة مدني في مدينة الحسكة اليوم").statusCode(201).extract().path("id"));
        post("test-writer-key", "اعتقال شاب في مدينة القامشلي اليوم").statusCode(429)
                .contentType("application/problem+json").body("type", is("/problems/too-many-requests"))
                .body("detail", containsString("2 writes a minute")).header("Retry-After", notNullValue());
        posted.add(post("change-me", "اعتقال شاب في مدينة القامشلي اليوم").statusCode(201).extract().path("id"));
    }
}
