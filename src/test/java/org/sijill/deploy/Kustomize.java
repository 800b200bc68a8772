package org.sijill.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a kustomization with {@code kubectl kustomize}, which works offline and never contacts a cluster.
 * The kubeconfig is pointed at /dev/null anyway: with no kubeconfig kubectl would talk to localhost:8080,
 * which is where the service itself listens.
 * Set {@code -Dkubectl=/path/to/kubectl} or {@code KUBECTL} to choose the binary; otherwise it is looked up on PATH.
 */
final class Kustomize {

    static final Path K8S = Path.of("k8s");

    /** The kustomizations use {@code labels}, {@code patches} and {@code replicas}: kustomize v5 (kubectl 1.27+). */
    static final int MIN_KUSTOMIZE_MAJOR = 5;

    private static final long TIMEOUT_SECONDS = 60;

    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private final Path kubectl;

    Kustomize(Path kubectl) {
        this.kubectl = kubectl;
    }

    /** The kubectl this machine offers, or a test failure that says how to install it. */
    static Kustomize onThisMachine() {
        return new Kustomize(required(locate(System.getProperty("kubectl"), System.getenv("KUBECTL"), System.getenv("PATH"))));
    }

    static Path required(Optional<Path> kubectl) {
        return kubectl.orElseGet(() -> fail("""
                kubectl was not found (searched -Dkubectl, $KUBECTL and PATH), so the Kubernetes manifests \
                cannot be rendered and checked. Install kubectl 1.27 or newer (it embeds kustomize v%d) and put \
                it on PATH, or point -Dkubectl / $KUBECTL at it. Debian bookworm's 'kubernetes-client' (1.20, \
                kustomize v2) is too old for these kustomizations.""".formatted(MIN_KUSTOMIZE_MAJOR)));
    }

    /** Renders {@code k8s/<relativeDir>} (e.g. "overlays/dev"); each directory is rendered once per JVM. */
    static String render(String relativeDir) {
        return RENDERED.computeIfAbsent(relativeDir, dir -> onThisMachine().build(K8S.resolve(dir)));
    }

    String build(Path dir) {
        requireKustomizeV5();
        Output output = run(List.of(kubectl.toString(), "kustomize", dir.toString()));
        if (!output.stderr().isBlank()) {
            // kustomize warns on stderr about deprecated fields: keep the kustomizations free of them.
            fail("kubectl kustomize " + dir + " printed warnings:\n" + output.stderr());
        }
        return output.stdout();
    }

    void requireKustomizeV5() {
        String version = run(List.of(kubectl.toString(), "version", "--client")).stdout();
        Matcher m = Pattern.compile("Kustomize Version:\\s*v?(\\d+)\\.(\\d+)").matcher(version);
        if (!m.find()) {
            fail(kubectl + " does not report its kustomize version, so it is older than 1.24; these manifests need"
                    + " kustomize v" + MIN_KUSTOMIZE_MAJOR + " (kubectl 1.27+):\n" + version);
        }
        int major = Integer.parseInt(m.group(1));
        if (major < MIN_KUSTOMIZE_MAJOR) {
            fail(kubectl + " embeds kustomize v" + major + "." + m.group(2) + "; these manifests need v"
                    + MIN_KUSTOMIZE_MAJOR + " or newer (kubectl 1.27+).\n" + version);
        }
    }

    private record Output(String stdout, String stderr) {
    }

    private Output run(List<String> command) {
        try {
            Path out = Files.createTempFile("kubectl", ".out");
            Path err = Files.createTempFile("kubectl", ".err");
            try {
                var builder = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                Map<String, String> env = builder.environment();
                env.put("KUBECONFIG", "/dev/null");
                env.remove("KUBERNETES_SERVICE_HOST");
                env.remove("KUBERNETES_SERVICE_PORT");
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
                }
                String stdout = Files.readString(out, StandardCharsets.UTF_8);
                String stderr = Files.readString(err, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    fail(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + stderr);
                }
                return new Output(stdout, stderr);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return fail("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + String.join(" ", command), e);
        }
    }

    /** The first of: the system property, the environment variable, an executable kubectl on the search path. */
    static Optional<Path> locate(String property, String environment, String searchPath) {
        for (String configured : new String[] { property, environment }) {
            if (configured != null && !configured.isBlank()) {
                Path path = Path.of(configured);
                return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
            }
        }
        for (String dir : Optional.ofNullable(searchPath).orElse("").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "kubectl");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
