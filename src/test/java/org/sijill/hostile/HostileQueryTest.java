package org.sijill.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sijill.testing.EmbeddedPostgresResource;

/**
 * Seeded random hostile values for every query parameter (and id) of the read endpoints: bad percent-encoding,
 * invalid UTF-8, NUL, bidi and zero-width characters, SQL and regex metacharacters, huge numbers, thousands of
 * tatweels. Every answer must be a 2xx JSON document or a 4xx problem, never a 5xx or a stack trace.
 * {@code -Dhostile.seed=N} replays a run, {@code -Dhostile.tries=N} sets values per parameter.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class HostileQueryTest {

    private static final long SEED = Long.getLong("hostile.seed", 20261123L);
    private static final int TRIES = Integer.getInteger("hostile.tries", 25);

    static final Map<String, List<String>> PARAMS = new LinkedHashMap<>();

    static {
        PARAMS.put("/api/v1/articles", List.of("q", "from", "to", "publisher", "incident", "offset", "limit"));
        PARAMS.put("/api/v1/incidents", List.of("from", "to", "admin1", "admin2", "actor", "eventType",
                "subEventType", "article", "source", "bbox", "sort", "offset", "limit"));
        PARAMS.put("/api/v1/figures", List.of("article", "incident", "actor", "outcome", "source", "scope", "offset",
                "limit"));
        PARAMS.put("/api/v1/sources", List.of("kind", "all", "offset", "limit"));
        PARAMS.put("/api/v1/actors", List.of("offset", "limit"));
    }

    @TestHTTPResource("/")
    URL base;

    @TestFactory
    List<DynamicTest> everyParameterAnswersOnlyJsonOrA4xxProblem() {
        var tests = new ArrayList<DynamicTest>();
        long seed = SEED;
        for (var endpoint : PARAMS.entrySet()) {
            for (String param : endpoint.getValue()) {
                long s = seed++;
                tests.add(DynamicTest.dynamicTest(endpoint.getKey() + "?" + param + " (seed " + s + ")",
                        () -> fuzz(endpoint.getKey(), List.of(param), s)));
            }
            long s = seed++;
            // all parameters at once, and one unknown one, so combined filters are exercised too
            var all = new ArrayList<>(endpoint.getValue());
            all.add("unknownParam");
            tests.add(DynamicTest.dynamicTest(endpoint.getKey() + "?<all> (seed " + s + ")",
                    () -> fuzz(endpoint.getKey(), all, s)));
            long d = seed++;
            tests.add(DynamicTest.dynamicTest(endpoint.getKey() + "/{id} (seed " + d + ")",
                    () -> fuzzId(endpoint.getKey(), d)));
        }
        return tests;
    }

    private void fuzz(String path, List<String> params, long seed) {
        var values = new HostileStrings(seed);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < TRIES; i++) {
                var query = new StringBuilder();
                for (String p : params) {
                    query.append(query.length() == 0 ? "" : "&").append(p).append('=').append(values.next());
                }
                check(path + "?" + query, seed);
            }
        });
    }

    private void fuzzId(String path, long seed) {
        var values = new HostileStrings(seed);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < TRIES; i++) {
                String id = values.next();
                check(path + "/" + (id.isEmpty() ? "x" : id.replace("/", "%2F")), seed);
            }
        });
    }

    private void check(String target, long seed) throws Exception {
        // the request line has a length limit (HTTP 414 from the server before any code of ours runs); stay under it
        if (target.length() > 3500) {
            target = target.substring(0, 3500).replaceAll("%[0-9A-Fa-f]?$", "");
        }
        var response = RawHttp.get(base.getHost(), base.getPort(), target);
        String why = null;
        if (response.status() >= 500 || response.status() < 200) {
            why = "status " + response.status();
        } else if (response.status() >= 400 && !"application/problem+json".equals(response.contentType())) {
            why = "a " + response.status() + " that is not a problem document (" + response.contentType() + ")";
        } else if (response.status() < 300 && !String.valueOf(response.contentType()).startsWith("application/json")) {
            why = "a " + response.status() + " with content type " + response.contentType();
        } else if (response.body().contains("Exception") || response.body().contains("\tat ")
                || response.body().matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*")) {
            why = "a stack trace or exception name in the body";
        }
        if (why != null) {
            String shown = target.length() > 300 ? target.substring(0, 300) + "…" : target;
            fail("GET " + shown + " gave " + why + " (seed " + seed + "): " + clip(response.body()));
        }
    }

    private static String clip(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
