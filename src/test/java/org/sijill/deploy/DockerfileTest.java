package org.sijill.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JVM image, checked without building it (CI has no Docker engine). */
class DockerfileTest {

    /** Maintained JRE images: Eclipse Temurin, or Red Hat's UBI OpenJDK runtime. The group is the Java version. */
    private static final List<Pattern> MAINTAINED_BASES = List.of(
            Pattern.compile("(?:docker\\.io/)?(?:library/)?eclipse-temurin:(\\d+)[\\w.-]*-jre[\\w.-]*"),
            Pattern.compile("registry\\.access\\.redhat\\.com/ubi\\d+/openjdk-(\\d+)-runtime:[\\w.-]+"));

    private final Dockerfile dockerfile = Dockerfile.jvm();

    @Test
    void startsFromAMaintainedJreWithATag() {
        List<String> bases = dockerfile.baseImages();
        assertEquals(1, bases.size(), "one stage: the jar is built by Maven before docker build");
        String base = bases.get(0);
        Matcher match = MAINTAINED_BASES.stream().map(p -> p.matcher(base)).filter(Matcher::matches).findFirst()
                .orElseThrow(() -> new AssertionError(base + " is not one of the maintained JRE images " + MAINTAINED_BASES));
        assertTrue(Integer.parseInt(match.group(1)) >= 17, base + ": the code needs Java 17 or newer");
        assertFalse(base.endsWith(":latest"), base + ": pin a version line, not latest");
    }

    @Test
    void runsAsANumericNonRootUserThatExists() {
        int uid = uid(dockerfile);
        assertNotEquals(0, uid, "the image must not run as root");
        // Java reads user.name and user.home from the passwd entry; a bare UID gives "?" for both.
        assertTrue(dockerfile.all("RUN").stream().anyMatch(r -> r.arguments().matches(".*useradd.*--uid " + uid + "\\b.*")),
                "a RUN useradd --uid " + uid + " creates the user");
    }

    /** The numeric UID of the last USER instruction (a name could not be checked by runAsNonRoot). */
    static int uid(Dockerfile dockerfile) {
        String user = dockerfile.last("USER").orElseThrow(() -> new AssertionError("no USER: the image would run as root"))
                .arguments();
        assertTrue(user.matches("\\d+(:\\d+)?"), "USER must be numeric (uid[:gid]) so Kubernetes can verify runAsNonRoot: " + user);
        return Integer.parseInt(user.split(":")[0]);
    }

    @Test
    void copiesTheFastJarLayersInQuarkusOrder() {
        List<String> sources = dockerfile.copies().stream().flatMap(c -> c.sources().stream()).toList();
        List<String> expected = List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                "target/quarkus-app/quarkus/");
        assertEquals(expected, sources.subList(0, expected.size()), "lib, jars, app, quarkus: rarely to often changed");
        List<String> entrypoint = dockerfile.entrypoint();
        String command = String.join(" ", entrypoint);
        assertTrue(command.contains("-jar /deployments/quarkus-run.jar"), "runs the fast-jar: " + command);
        assertTrue(entrypoint.get(0).equals("java") || command.contains("exec java"),
                "java must be PID 1 (exec) to get SIGTERM: " + command);
    }

    @Test
    void bakesTheSeedsIntoTheDirectoryTheServiceReads() throws IOException {
        Map<String, String> env = dockerfile.env();
        String seedsDir = env.get("SIJILL_SEEDS_DIR");
        assertTrue(seedsDir != null && seedsDir.startsWith("/"), "ENV SIJILL_SEEDS_DIR must be an absolute path");
        assertTrue(dockerfile.copies().stream().anyMatch(c -> c.sources().equals(List.of("seeds/"))
                && strip(c.destination()).equals(strip(seedsDir))), "COPY seeds/ " + seedsDir + "/");
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            assertTrue(seeds.anyMatch(p -> p.toString().endsWith(".txt")), "seeds/*.txt to copy");
        }
        assertTrue(List.of("true", "false").contains(env.get("SIJILL_SEEDS_LOAD_ON_STARTUP")),
                "SIJILL_SEEDS_LOAD_ON_STARTUP is true or false");
    }

    @Test
    void neverStartsAnEmbeddedDatabase() {
        assertEquals("false", dockerfile.env().get("SIJILL_EMBEDDED_DB_ENABLED"),
                "a missing QUARKUS_DATASOURCE_JDBC_URL must stop the container, not start PostgreSQL inside it");
        assertFalse(dockerfile.env().containsKey("QUARKUS_DATASOURCE_JDBC_URL"), "the URL is the deployment's to set");
    }

    @Test
    void keepsSecretsOutOfTheImage() {
        for (String key : dockerfile.env().keySet()) {
            assertFalse(ManifestTest.looksSecret(key), "ENV " + key + " would bake a secret into every layer");
        }
    }

    @Test
    void exposesTheApplicationPort() {
        int port = QuarkusEndpoints.ofProject().port();
        assertEquals(List.of(port + ""), dockerfile.all("EXPOSE").stream()
                .flatMap(e -> Stream.of(e.arguments().split("\\s+"))).map(p -> p.replace("/tcp", "")).toList());
    }

    @Test
    void jvmFitsTheContainerAndWritesOnlyToTmp() {
        String options = dockerfile.env().getOrDefault("JAVA_OPTS", "") + " " + dockerfile.env().getOrDefault("JAVA_TOOL_OPTIONS", "");
        assertTrue(options.contains("-XX:MaxRAMPercentage="), "heap sized from the container limit: " + options);
        assertTrue(options.contains("-XX:+ExitOnOutOfMemoryError"), "restart on OOM: " + options);
        assertTrue(options.contains("-Djava.io.tmpdir=/tmp"), "temporary files in /tmp: " + options);
        assertFalse(options.contains("-Xmx"), "a fixed -Xmx ignores the pod's memory limit: " + options);
        // The root filesystem is read-only: no CDS archive written at run time, no dumps or logs outside /tmp.
        for (String writes : List.of("-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive", "-Xshare:dump")) {
            assertFalse(options.contains(writes), writes + " writes a class-data archive at run time");
        }
        Matcher paths = Pattern.compile("(?:HeapDumpPath=|ErrorFile=|file=|-Xlog:[^ ]*:)(/[^ :,]*)").matcher(options);
        while (paths.find()) {
            assertTrue(paths.group(1).startsWith("/tmp"), "only /tmp is writable: " + paths.group());
        }
        assertTrue(dockerfile.all("VOLUME").isEmpty(), "no VOLUME: Kubernetes mounts what must be writable");
    }

    private static String strip(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
