package org.sijill.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentest4j.AssertionFailedError;
import org.sijill.deploy.ManifestReader.InvalidManifestException;

/** The validator itself: it must reject what an API server would reject, or the manifest checks prove nothing. */
class ManifestReaderTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
            spec:
              replicas: 2
              selector:
                matchLabels: {app: demo}
              template:
                metadata:
                  labels: {app: demo}
                spec:
                  containers:
                    - name: demo
                      image: demo:1.0
                      ports:
                        - containerPort: 8080
                      resources:
                        limits: {memory: 512Mi}
            """;

    private final ManifestReader reader = new ManifestReader();

    @Test
    void acceptsAValidDeployment() {
        var manifests = reader.read("valid", DEPLOYMENT);
        assertEquals(1, manifests.size());
        assertEquals(2, manifests.get(0).as(Deployment.class).getSpec().getReplicas());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            typo in a nested field   | '- containerPort: 8080'  | '- containerPortt: 8080'     | unknown field spec.template.spec.containers[0].ports[0].containerPortt
            typo at the top of spec  | 'replicas: 2'            | 'replica: 2'                 | unknown field spec.replica
            wrong type: word for int | 'replicas: 2'            | 'replicas: two'              | wrong value at spec.replicas
            wrong type: string int   | 'replicas: 2'            | 'replicas: "2"'              | wrong value at spec.replicas
            wrong type: number str   | 'image: demo:1.0'        | 'image: 1.0'                 | wrong value at spec.template.spec.containers[0].image
            wrong type: list for map | 'labels: {app: demo}'    | 'labels: [app]'              | wrong value at spec.template.metadata.labels
            bad quantity             | 'memory: 512Mi'          | 'memory: 512 MB'             | resources.limits.memory: not a quantity
            duplicate key            | 'replicas: 2'            | 'replicas: 2\n  replicas: 3' | Duplicate field 'replicas'
            """)
    void rejectsBrokenDeployment(String what, String valid, String broken, String expected) {
        String yaml = DEPLOYMENT.replace(valid, broken.replace("\\n", "\n"));
        assertTrue(!yaml.equals(DEPLOYMENT), "the test case must change the document");
        var error = assertThrows(InvalidManifestException.class, () -> reader.read(what, yaml), what);
        assertTrue(error.getMessage().contains(expected), () -> what + ": expected '" + expected + "' in:\n" + error.getMessage());
    }

    @Test
    void rejectsUnquotedBooleanInConfigMap() {
        // The API server rejects it ("cannot unmarshal bool into Go struct field ConfigMap.data of type string").
        String yaml = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: demo}
                data:
                  SIJILL_EMBEDDED_DB_ENABLED: false
                """;
        var error = assertThrows(InvalidManifestException.class, () -> reader.read("configmap", yaml));
        assertTrue(error.getMessage().contains("data.SIJILL_EMBEDDED_DB_ENABLED"), error.getMessage());
    }

    @Test
    void rejectsKindsItCannotCheck() {
        String yaml = """
                apiVersion: batch/v1
                kind: Job
                metadata: {name: demo}
                """;
        var error = assertThrows(InvalidManifestException.class, () -> reader.read("job", yaml));
        assertTrue(error.getMessage().contains("no validator for batch/v1/Job"), error.getMessage());
    }

    @Test
    void rejectsAWrongApiVersionForAKnownKind() {
        String yaml = DEPLOYMENT.replace("apiVersion: apps/v1", "apiVersion: extensions/v1beta1");
        assertThrows(InvalidManifestException.class, () -> reader.read("old api", yaml));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String yaml = DEPLOYMENT.replace("containerPort:", "containerPortt:") + "---\n"
                + DEPLOYMENT.replace("name: demo\nspec", "name: other\nspec").replace("image:", "imagee:");
        var error = assertThrows(InvalidManifestException.class, () -> reader.read("two", yaml));
        assertEquals(2, error.problems().size(), error.getMessage());
    }

    private static final String CLUSTER = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata:
              name: db
            spec:
              instances: 3
              storage:
                size: 20Gi
              bootstrap:
                initdb: {database: app, owner: app}
              resources:
                requests: {memory: 1Gi}
            """;

    @Test
    void acceptsAValidCnpgCluster() {
        assertEquals(1, reader.read("cluster", CLUSTER).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            typo in spec          | 'instances: 3'   | 'instance: 3'          | unknown field spec.instance
            typo in nested field  | 'owner: app'     | 'ownr: app'            | unknown field spec.bootstrap.initdb.ownr
            wrong type            | 'instances: 3'   | 'instances: three'     | spec.instances must be a integer
            string for int        | 'instances: 3'   | 'instances: "3"'       | spec.instances must be a integer
            bad quantity          | 'size: 20Gi'     | 'size: twenty'         | spec.storage.size is not a quantity
            typo in k8s type      | 'requests:'      | 'request:'             | spec.resources: unknown field request
            missing storage       | 'storage:'       | 'storag:'              | spec.storage is required
            """)
    void rejectsBrokenCnpgCluster(String what, String valid, String broken, String expected) {
        String yaml = CLUSTER.replace(valid, broken);
        var error = assertThrows(InvalidManifestException.class, () -> reader.read(what, yaml), what);
        assertTrue(error.getMessage().contains(expected), () -> what + ": expected '" + expected + "' in:\n" + error.getMessage());
    }

    @Test
    void missingKubectlFailsWithAnInstallHint() {
        assertTrue(Kustomize.locate(null, null, "/nonexistent-dir").isEmpty());
        assertTrue(Kustomize.locate("/nonexistent-dir/kubectl", null, System.getenv("PATH")).isEmpty(),
                "an explicitly configured kubectl that does not exist must not fall back to PATH");
        var error = assertThrows(AssertionFailedError.class, () -> Kustomize.required(Optional.empty()));
        assertTrue(error.getMessage().contains("kubectl was not found"), error.getMessage());
        assertTrue(error.getMessage().contains("1.27"), error.getMessage());
    }

    @Test
    void configuredKubectlIsUsed() {
        Path fake = Path.of("/bin/sh");
        assertEquals(Optional.of(fake), Kustomize.locate(fake.toString(), null, ""));
    }
}
