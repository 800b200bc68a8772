package org.sijill.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The manifests follow the application's configuration, so the resolution must be Quarkus' own. */
class QuarkusEndpointsTest {

    @Test
    void defaultsAreQuarkusDefaults() throws IOException {
        assertEquals(new QuarkusEndpoints(8080, 8080, "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics"),
                QuarkusEndpoints.of(properties("")));
    }

    @Test
    void prodProfileWinsAndRelativePathsNest() throws IOException {
        var endpoints = QuarkusEndpoints.of(properties("""
                quarkus.http.port=9090
                %prod.quarkus.http.port=8081
                %dev.quarkus.http.port=7070
                quarkus.http.root-path=/app
                quarkus.smallrye-health.root-path=status
                quarkus.smallrye-health.liveness-path=/alive
                """));
        assertEquals(new QuarkusEndpoints(8081, 8081, "/alive", "/app/q/status/ready", "/app/q/status/started", "/app/q/metrics"),
                endpoints);
    }

    @Test
    void managementInterfaceMovesHealthAndMetrics() throws IOException {
        var endpoints = QuarkusEndpoints.of(properties("""
                quarkus.management.enabled=true
                quarkus.http.root-path=/app
                """));
        assertEquals(new QuarkusEndpoints(8080, 9000, "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics"),
                endpoints);
    }

    private static Properties properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
