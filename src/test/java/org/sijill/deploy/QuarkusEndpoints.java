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
 * application when its configuration changes. {@code managementPort} serves health and metrics: the HTTP
 * port unless the management interface is enabled.
 */
record QuarkusEndpoints(int port, int managementPort, String liveness, String readiness, String startup, String metrics) {

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
        int port = Integer.parseInt(value(properties, "quarkus.http.port", "8080"));
        // With the management interface on, health and metrics move to their own port and root.
        boolean management = Boolean.parseBoolean(value(properties, "quarkus.management.enabled", "false"));
        String nonApplication = management
                ? resolve("/", value(properties, "quarkus.management.root-path", "q"))
                : resolve(resolve("/", value(properties, "quarkus.http.root-path", "/")),
                        value(properties, "quarkus.http.non-application-root-path", "q"));
        String health = resolve(nonApplication, value(properties, "quarkus.smallrye-health.root-path", "health"));
        return new QuarkusEndpoints(
                port,
                management ? Integer.parseInt(value(properties, "quarkus.management.port", "9000")) : port,
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
