package org.sijill.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sijill.SijillConfig;
import org.sijill.testing.StoppablePostgresResource;

/**
 * Stops the database under the running service while clients keep asking, then starts it again: while it is gone
 * every API answer is a 503 problem with Retry-After (never a 500 or a stack trace), readiness is DOWN and
 * liveness UP; once it is back the service answers again by itself, with the same data. Reads kept in memory are
 * still answered (200) for up to {@code sijill.http.version-max-age} after the database went away, no longer.
 */
@QuarkusTest
@WithTestResource(StoppablePostgresResource.class)
class DatabaseOutageTest {

    private static final List<String> PATHS = List.of("/api/v1/incidents", "/api/v1/figures", "/api/v1/articles",
            "/api/v1/sources", "/api/v1/actors?limit=5");

    @Inject
    SijillConfig config;

    @Test
    void answers503WhileTheDatabaseIsGoneAndRecoversByItself() throws Exception {
        int articles = given().get("/api/v1/articles").then().statusCode(200).extract().path("total");
        int incidents = given().get("/api/v1/incidents").then().statusCode(200).extract().path("total");
        String article = given().get("/api/v1/articles?limit=1").then().extract().path("items[0].id");

        var load = new Load(4);
        try {
            StoppablePostgresResource.stopDatabase();
            Thread.sleep(config.http().versionMaxAge().toMillis() + 1); // what is kept in memory is used no longer
            for (String path : List.of("/api/v1/incidents", "/api/v1/figures", "/api/v1/articles/" + article)) {
                Response r = given().get(path);
                assertEquals(503, r.statusCode(), path + ": " + r.asString());
                assertEquals("application/problem+json", r.contentType());
                assertEquals("/problems/service-unavailable", r.path("type"));
                assertTrue(r.header("Retry-After") != null, path + " has Retry-After");
            }
            given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
            given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        } finally {
            StoppablePostgresResource.startDatabase();
        }
        long back = System.nanoTime();
        awaitStatus("/q/health/ready", 200, Duration.ofSeconds(60));
        awaitStatus("/api/v1/incidents", 200, Duration.ofSeconds(30));
        System.out.printf("database outage: service answered again %d ms after the database was back%n",
                (System.nanoTime() - back) / 1_000_000);
        load.stop();

        assertEquals(articles, (int) given().get("/api/v1/articles").then().statusCode(200).extract().path("total"));
        assertEquals(incidents, (int) given().get("/api/v1/incidents").then().statusCode(200).extract().path("total"));
        assertTrue(load.bad.isEmpty(), "answers that were neither 200 nor a 503 problem: " + load.bad);
        assertTrue(load.counts.getOrDefault(503, new AtomicInteger()).get() > 0, "the load saw the outage: "
                + load.counts);
        System.out.println("database outage: answers under load by status " + load.counts);
    }

    private static void awaitStatus(String path, int status, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        int last = -1;
        while (System.nanoTime() < end) {
            last = given().get(path).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " still answered " + last + " after " + limit.toSeconds() + " s");
    }

    /** Clients asking all the time: every answer must be a 200 or a 503 problem document. */
    private static final class Load {
        final Map<Integer, AtomicInteger> counts = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> bad = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService pool;

        Load(int threads) {
            pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                int first = t;
                pool.submit(() -> {
                    for (int i = first; running.get(); i++) {
                        ask(PATHS.get(i % PATHS.size()));
                    }
                });
            }
        }

        private void ask(String path) {
            try {
                Response r = given().get(path);
                counts.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                boolean ok = r.statusCode() == 200 || (r.statusCode() == 503
                        && "application/problem+json".equals(r.contentType())
                        && "/problems/service-unavailable".equals(r.path("type")) && r.header("Retry-After") != null);
                if (!ok || r.asString().contains("Exception")) {
                    bad.add(path + " -> " + r.statusCode() + " " + r.asString());
                }
            } catch (RuntimeException e) {
                bad.add(path + " -> " + e);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
