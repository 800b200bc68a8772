package org.sijill.boot;

import org.jboss.logging.Logger;
import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * An embedded PostgreSQL server (zonky: real PostgreSQL binaries shipped in a Maven artifact) whose files live in
 * a persistent data directory, so a restart keeps what was stored.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private static final Duration QUARKUS_STOP_WAIT = Duration.ofSeconds(30);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(20);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** Where the embedded server keeps its files and whether it may start at all; read before Quarkus config exists. */
    public record Settings(boolean urlConfigured, boolean enabled, Path dataDir) {
        static Settings fromEnvironment() {
            boolean url = setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent();
            boolean enabled = setting("sijill.embedded-db.enabled", "SIJILL_EMBEDDED_DB_ENABLED")
                    .map(Boolean::parseBoolean).orElse(true);
            Path dir = Path.of(setting("sijill.data-dir", "SIJILL_DATA_DIR").orElse("data"));
            return new Settings(url, enabled, dir);
        }

        private static Optional<String> setting(String property, String env) {
            return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(env)))
                    .filter(v -> !v.isBlank());
        }
    }

    /** Starts PostgreSQL on a free loopback port with its cluster in {@code <dataDir>/postgres}. */
    public static EmbeddedDatabase start(Path dataDir) {
        Path clusterDir = dataDir.toAbsolutePath().normalize().resolve("postgres");
        try {
            Files.createDirectories(clusterDir.getParent());
            StaleServer.stopIfRunning(clusterDir, ORPHAN_STOP_WAIT);
            long started = System.nanoTime();
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // Data a user keeps between runs deserves durable commits; zonky's default is tuned for tests.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            LOG.infof("Embedded PostgreSQL started on port %d in %d ms, data in %s", postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000, clusterDir);
            return new EmbeddedDatabase(postgres, clusterDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + clusterDir, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public Path clusterDir() {
        return dataDir;
    }

    /** Points Quarkus at this server; system properties set before {@code Quarkus.run} are honoured. */
    void exportConnectionProperties() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
    }

    /** Shutdown hook body: wait (bounded) until Quarkus has fully stopped, then stop PostgreSQL. */
    void stopAfterQuarkus() {
        long deadline = System.nanoTime() + QUARKUS_STOP_WAIT.toNanos();
        while (Application.currentApplication() != null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LOG.info("Quarkus stopped, stopping embedded PostgreSQL");
        close();
    }

    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
