package org.sijill.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service ({@code target/quarkus-app}) as operators run it: against a separately started PostgreSQL,
 * two instances at once, and refusing to start when the database is missing in a container-like configuration.
 */
class PackagedServiceIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path logs;

    @Test
    void twoInstancesStartedTogetherShareOneDatabaseWithOneMigrationAndEachSeedOnce() throws Exception {
        assertTrue(Files.exists(JAR), "run after 'package': " + JAR);
        try (var postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            var instances = new ArrayList<Process>();
            var ports = new ArrayList<Integer>();
            try {
                for (int i = 0; i < 2; i++) {
                    int port = freePort();
                    ports.add(port);
                    instances.add(start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME",
                            "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres", "QUARKUS_HTTP_PORT",
                            String.valueOf(port), "SIJILL_EMBEDDED_DB_ENABLED", "false"), "instance-" + i));
                }
                for (int port : ports) {
                    awaitReady(port, Duration.ofSeconds(120));
                }
                try (var c = DriverManager.getConnection(url, "postgres", "postgres"); var s = c.createStatement()) {
                    var twice = s.executeQuery("select version from flyway_schema_history where version is not null "
                            + "group by version having count(*) > 1");
                    assertFalse(twice.next(), "a migration was applied twice");
                    var articles = s.executeQuery("select count(*), count(distinct id) from article");
                    articles.next();
                    assertEquals(5, articles.getInt(1), "each seed stored once");
                    assertEquals(5, articles.getInt(2));
                }
                for (int port : ports) {
                    var body = get(port, "/api/v1/articles").body();
                    assertTrue(body.contains("\"total\":5"), body);
                }
            } finally {
                instances.forEach(Process::destroy);
                for (Process p : instances) {
                    p.waitFor(30, TimeUnit.SECONDS);
                }
            }
            for (int i = 0; i < 2; i++) {
                String log = Files.readString(logs.resolve("instance-" + i + ".log"));
                assertFalse(log.contains("Embedded PostgreSQL started"), "no embedded database with a URL set");
                assertTrue(log.contains("Database URL configured"), log);
            }
        }
    }

    /** Each article is stored with its extraction in one transaction: a kill -9 mid-ingest leaves nothing half-written. */
    @Test
    void anIngestKilledPartWayLeavesNoHalfWrittenArticleAndTheNextStartCompletesIt() throws Exception {
        assertTrue(Files.exists(JAR), "run after 'package': " + JAR);
        Path seeds = logs.resolve("many-seeds");
        Files.createDirectories(seeds);
        int copies = 0;
        try (var files = Files.list(Path.of("seeds"))) {
            List<Path> originals = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            for (int i = 0; i < 80; i++) {
                for (Path original : originals) {
                    // distinct texts, so every copy is its own article
                    Files.writeString(seeds.resolve("copy-" + i + "-" + original.getFileName()),
                            Files.readString(original) + "\n" + i);
                    copies++;
                }
            }
        }
        try (var postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            var env = new java.util.HashMap<>(Map.of("QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME",
                    "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres", "SIJILL_EMBEDDED_DB_ENABLED", "false"));
            env.put("QUARKUS_HTTP_PORT", String.valueOf(freePort()));
            Process first = start(env, "killed", seeds);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (storedArticles(url) < 20 && System.nanoTime() < deadline && first.isAlive()) {
                Thread.sleep(100);
            }
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9 in the middle of the ingest
            long stored = storedArticles(url);
            assertTrue(stored >= 20 && stored < copies, "killed part-way: " + stored + " of " + copies);
            try (var c = DriverManager.getConnection(url, "postgres", "postgres"); var st = c.createStatement()) {
                var half = st.executeQuery("select count(*) from article where extractor_version is null");
                half.next();
                assertEquals(0, half.getInt(1), "every stored article has its extraction");
            }
            int port = freePort();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            Process second = start(env, "restarted", seeds);
            try {
                awaitReady(port, Duration.ofSeconds(180));
                assertEquals(copies, storedArticles(url), "the next start stored the rest");
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static long storedArticles(String url) throws java.sql.SQLException {
        try (var c = DriverManager.getConnection(url, "postgres", "postgres"); var s = c.createStatement()) {
            var r = s.executeQuery("select count(*) from article where to_regclass('article') is not null");
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            return 0; // not migrated yet
        }
    }

    @Test
    void refusesToStartWithoutADatabaseWhenEmbeddedIsOff() throws Exception {
        assertTrue(Files.exists(JAR), "run after 'package': " + JAR);
        Process p = start(Map.of("SIJILL_EMBEDDED_DB_ENABLED", "false", "QUARKUS_HTTP_PORT",
                String.valueOf(freePort())), "refused");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the service should stop by itself");
        assertEquals(1, p.exitValue());
        String log = Files.readString(logs.resolve("refused.log"));
        assertTrue(log.contains("no database configured") && log.contains("QUARKUS_DATASOURCE_JDBC_URL"), log);
    }

    private Process start(Map<String, String> env, String name) throws IOException {
        return start(env, name, Path.of("seeds"));
    }

    private Process start(Map<String, String> env, String name, Path seeds) throws IOException {
        var pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", JAR.toString());
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("SIJILL_"));
        pb.environment().putAll(env);
        pb.environment().put("SIJILL_SEEDS_DIR", seeds.toString());
        pb.redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        return pb.start();
    }

    private static void awaitReady(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(port, "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance on port " + port + " not ready within " + timeout);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
