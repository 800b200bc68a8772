package org.sijill.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the packaged service listens and answers health and metrics, worked out from
 * src/main/resources/application.properties the way Quarkus does (prod profile first, then the defaults:
 * port 8080, /q/health/live, /q/health/ready, /q/health/started, /q/metrics), so the manifests follow the
 * application when its configuration changes.
 */
record QuarkusEndpoints(int port, String liveness, String readiness, String startup, String metrics) {

    static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");

    static QuarkusEndpoints ofProject() {
        Properties properties = new Properties();
        if (Files.exists(APPLICATION_PROPERTIES)) {
            try (Reader in = Files.newBufferedReader(APPLICATION_PROPERTIES, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                fail("cannot read " + APPLICATION_PROPERTIES, e);
            }
        }
        return of(properties);
    }

    static QuarkusEndpoints of(Properties properties) {
        String root = resolve("/", value(properties, "quarkus.http.root-path", "/"));
        String nonApplication = resolve(root, value(properties, "quarkus.http.non-application-root-path", "q"));
        String health = resolve(nonApplication, value(properties, "quarkus.smallrye-health.root-path", "health"));
        return new QuarkusEndpoints(
                Integer.parseInt(value(properties, "quarkus.http.port", "8080")),
                resolve(health, value(properties, "quarkus.smallrye-health.liveness-path", "live")),
                resolve(health, value(properties, "quarkus.smallrye-health.readiness-path", "ready")),
                resolve(health, value(properties, "quarkus.smallrye-health.startup-path", "started")),
                resolve(nonApplication, value(properties, "quarkus.micrometer.export.prometheus.path", "metrics")));
    }

    /** The value the service runs with: the prod profile's, else the plain key's, else the default. */
    private static String value(Properties properties, String key, String defaultValue) {
        String value = properties.getProperty("%prod." + key, properties.getProperty(key, defaultValue)).trim();
        if (value.contains("${")) {
            fail(key + " = " + value + " uses an expression; the manifest check cannot follow it. Use a literal.");
        }
        return value;
    }

    /** Quarkus' rule: an absolute path stands alone, a relative one hangs below its parent. */
    private static String resolve(String parent, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (parent.endsWith("/") ? parent : parent + "/") + path;
    }
}
