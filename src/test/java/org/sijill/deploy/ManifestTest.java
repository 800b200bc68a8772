package org.sijill.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.deploy.Rendered.EnvValue;
import org.sijill.deploy.Rendered.Literal;
import org.sijill.deploy.Rendered.SecretKey;

/**
 * Renders k8s/base and every overlay with kustomize, offline, reads each object strictly as its Kubernetes
 * kind (ManifestReader) and checks the deployment against the application: ports and probe paths, hardening,
 * configuration, secrets, scaling, network policy and images.
 */
class ManifestTest {

    static final String APP = "sijill";
    static final String PLACEHOLDER = "CHANGE-ME";
    static final String BASE = "base";
    static final String DEV = "overlays/dev";
    static final String PROD = "overlays/prod";

    /** Secrets that the operator creates in the cluster (k8s/README.md, "Set secrets"), never rendered. */
    static final Map<String, Set<String>> CREATED_BY_OPERATOR = Map.of(PROD, Set.of("sijill-secrets"));

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|API_KEY|CREDENTIAL).*");

    static boolean looksSecret(String envName) {
        return SECRET_NAME.matcher(envName.toUpperCase()).matches();
    }

    private final QuarkusEndpoints endpoints = QuarkusEndpoints.ofProject();

    // --- what is rendered

    @Test
    void baseHasEveryPieceOfTheService() {
        assertEquals(Set.of("ConfigMap", "Secret", "Service", "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "NetworkPolicy"), kinds(Rendered.of(BASE)));
    }

    @Test
    void devAddsItsOwnPostgresAndDropsAutoscaling() {
        assertEquals(Set.of("ConfigMap", "Secret", "Service", "Deployment", "StatefulSet", "NetworkPolicy"), kinds(Rendered.of(DEV)));
    }

    @Test
    void prodAddsACloudNativePgClusterAndRendersNoSecret() {
        assertEquals(Set.of("ConfigMap", "Service", "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "NetworkPolicy", "Cluster"), kinds(Rendered.of(PROD)),
                "prod must not render sijill-secrets: `kubectl apply -k` would overwrite the real one with placeholders");
    }

    private static Set<String> kinds(Rendered rendered) {
        return new TreeSet<>(rendered.manifests().stream().map(Manifest::kind).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void everyObjectCarriesTheCommonLabelsAndTheOverlayNamespace(String dir) {
        Rendered rendered = Rendered.of(dir);
        for (Manifest m : rendered.manifests()) {
            JsonNode labels = m.tree().path("metadata").path("labels");
            assertEquals(APP, labels.path("app.kubernetes.io/part-of").asText(), m.id() + ": label app.kubernetes.io/part-of");
            assertFalse(labels.path("app.kubernetes.io/name").asText().isEmpty(), m.id() + ": label app.kubernetes.io/name");
            if (!dir.equals(BASE)) {
                assertNotNull(m.namespace(), m.id() + ": overlays deploy into a namespace of their own");
            }
        }
        if (!dir.equals(BASE)) {
            assertEquals(1, rendered.manifests().stream().map(Manifest::namespace).distinct().count(), "one namespace");
        }
    }

    // --- the application container

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void replicasFitTheEnvironmentAndTheAutoscaler(String dir) {
        Rendered rendered = Rendered.of(dir);
        int replicas = rendered.one(Deployment.class, APP).getSpec().getReplicas();
        if (dir.equals(DEV)) {
            assertEquals(1, replicas, "dev runs one replica");
        } else {
            assertTrue(replicas >= 2, dir + ": at least two replicas, got " + replicas);
        }
        for (HorizontalPodAutoscaler hpa : rendered.all(HorizontalPodAutoscaler.class)) {
            var target = hpa.getSpec().getScaleTargetRef();
            assertEquals("Deployment", target.getKind());
            assertEquals("apps/v1", target.getApiVersion());
            rendered.one(Deployment.class, target.getName());
            int min = hpa.getSpec().getMinReplicas();
            int max = hpa.getSpec().getMaxReplicas();
            assertTrue(min >= 2 && min <= replicas && replicas <= max,
                    dir + ": need 2 <= minReplicas (" + min + ") <= replicas (" + replicas + ") <= maxReplicas (" + max + ")");
            assertFalse(hpa.getSpec().getMetrics().isEmpty(), "the autoscaler needs a metric");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void probesAndPortMatchTheApplication(String dir) {
        Container app = appContainer(Rendered.of(dir));
        Set<Integer> ports = Set.copyOf(app.getPorts().stream().map(ContainerPort::getContainerPort).toList());
        assertEquals(new HashSet<>(List.of(endpoints.port(), endpoints.managementPort())), ports,
                "container ports = quarkus.http.port (and quarkus.management.port when enabled)");
        app.getPorts().forEach(p -> assertEquals("TCP", Objects.requireNonNullElse(p.getProtocol(), "TCP")));
        assertProbe("startupProbe", app.getStartupProbe(), endpoints.startup(), app);
        assertProbe("livenessProbe", app.getLivenessProbe(), endpoints.liveness(), app);
        assertProbe("readinessProbe", app.getReadinessProbe(), endpoints.readiness(), app);
        int startupBudget = app.getStartupProbe().getPeriodSeconds() * app.getStartupProbe().getFailureThreshold();
        assertTrue(startupBudget >= 60, "Flyway and the seed ingest get at least a minute to start: " + startupBudget + " s");
    }

    private void assertProbe(String which, Probe probe, String path, Container container) {
        assertNotNull(probe, which + " is missing");
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, which + " must be an HTTP GET on the health endpoint");
        assertEquals(path, get.getPath(), which + " path");
        assertEquals(endpoints.managementPort(), resolvePort(get.getPort(), container), which + " port");
        assertTrue(get.getScheme() == null || get.getScheme().equals("HTTP"), which + " scheme");
    }

    /** A named port is looked up among the container's ports, as the kubelet does. */
    private static int resolvePort(IntOrString port, Container container) {
        assertNotNull(port, "port is missing");
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseGet(() -> fail("no container port named " + port.getStrVal()));
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void prometheusScrapesTheMetricsEndpoint(String dir) {
        Map<String, String> annotations = Rendered.of(dir).one(Deployment.class, APP).getSpec().getTemplate().getMetadata()
                .getAnnotations();
        assertNotNull(annotations, "pod template annotations");
        assertEquals("true", annotations.get("prometheus.io/scrape"));
        assertEquals(String.valueOf(endpoints.managementPort()), annotations.get("prometheus.io/port"));
        assertEquals(endpoints.metrics(), annotations.get("prometheus.io/path"));
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void everyPodIsHardened(String dir) {
        Map<String, PodTemplateSpec> templates = Rendered.of(dir).podTemplates();
        assertFalse(templates.isEmpty());
        templates.forEach((owner, template) -> {
            PodSpec pod = template.getSpec();
            PodSecurityContext podSecurity = pod.getSecurityContext();
            assertNotNull(podSecurity, owner + ": pod securityContext");
            assertEquals(Boolean.TRUE, podSecurity.getRunAsNonRoot(), owner + ": pod runAsNonRoot");
            assertTrue(podSecurity.getRunAsUser() != null && podSecurity.getRunAsUser() > 0, owner + ": pod runAsUser > 0");
            assertEquals("RuntimeDefault", podSecurity.getSeccompProfile().getType(), owner + ": pod seccompProfile");
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), owner + ": no API token in the pod");
            assertEquals(Boolean.FALSE, pod.getEnableServiceLinks(), owner + ": no Service links in the environment");
            assertTrue(pod.getHostNetwork() == null || !pod.getHostNetwork(), owner + ": hostNetwork");
            assertTrue(pod.getHostPID() == null || !pod.getHostPID(), owner + ": hostPID");
            List<Container> containers = new ArrayList<>(pod.getContainers());
            containers.addAll(Optional.ofNullable(pod.getInitContainers()).orElse(List.of()));
            for (Container c : containers) {
                String who = owner + " container " + c.getName();
                SecurityContext security = c.getSecurityContext();
                assertNotNull(security, who + ": securityContext");
                assertEquals(Boolean.TRUE, security.getRunAsNonRoot(), who + ": runAsNonRoot");
                assertTrue(security.getRunAsUser() == null || security.getRunAsUser() > 0, who + ": runAsUser > 0");
                assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), who + ": readOnlyRootFilesystem");
                assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), who + ": allowPrivilegeEscalation");
                assertTrue(security.getPrivileged() == null || !security.getPrivileged(), who + ": privileged");
                assertNotNull(security.getCapabilities(), who + ": capabilities");
                assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), who + ": capabilities drop ALL");
                assertTrue(Optional.ofNullable(security.getCapabilities().getAdd()).orElse(List.of()).isEmpty(),
                        who + ": no capability added");
                assertEquals("RuntimeDefault", security.getSeccompProfile().getType(), who + ": seccompProfile");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void theServiceRunsAsTheImageUserAndWritesOnlyToTmp(String dir) {
        Deployment deployment = Rendered.of(dir).one(Deployment.class, APP);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container app = appContainer(Rendered.of(dir));
        long uid = DockerfileTest.uid(Dockerfile.jvm());
        assertEquals(uid, pod.getSecurityContext().getRunAsUser(), "pod runAsUser = USER of Dockerfile.jvm");
        assertEquals(uid, app.getSecurityContext().getRunAsUser(), "container runAsUser = USER of Dockerfile.jvm");
        List<VolumeMount> mounts = app.getVolumeMounts();
        assertEquals(1, mounts.size(), "only /tmp is mounted: " + mounts);
        assertEquals("/tmp", mounts.get(0).getMountPath());
        Volume tmp = pod.getVolumes().stream().filter(v -> v.getName().equals(mounts.get(0).getName())).findFirst()
                .orElseGet(() -> fail("no volume " + mounts.get(0).getName()));
        assertNotNull(tmp.getEmptyDir(), "/tmp is an emptyDir");
        assertNotNull(tmp.getEmptyDir().getSizeLimit(), "/tmp has a size limit, so it cannot fill the node's disk");
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void everyContainerHasRequestsAndLimits(String dir) {
        Rendered.of(dir).podTemplates().forEach((owner, template) -> {
            for (Container c : template.getSpec().getContainers()) {
                var resources = c.getResources();
                String who = owner + " container " + c.getName();
                assertNotNull(resources, who + ": resources");
                for (String resource : List.of("cpu", "memory")) {
                    Quantity request = Optional.ofNullable(resources.getRequests()).map(r -> r.get(resource)).orElse(null);
                    Quantity limit = Optional.ofNullable(resources.getLimits()).map(r -> r.get(resource)).orElse(null);
                    assertNotNull(request, who + ": requests." + resource);
                    assertNotNull(limit, who + ": limits." + resource);
                    assertTrue(Quantity.getAmountInBytes(request).compareTo(Quantity.getAmountInBytes(limit)) <= 0,
                            who + ": requests." + resource + " <= limits." + resource);
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void podsSpreadOverNodesAndZones(String dir) {
        PodTemplateSpec template = Rendered.of(dir).one(Deployment.class, APP).getSpec().getTemplate();
        List<TopologySpreadConstraint> spread = template.getSpec().getTopologySpreadConstraints();
        assertNotNull(spread, "topologySpreadConstraints");
        assertEquals(Set.of("kubernetes.io/hostname", "topology.kubernetes.io/zone"),
                Set.copyOf(spread.stream().map(TopologySpreadConstraint::getTopologyKey).toList()));
        for (TopologySpreadConstraint constraint : spread) {
            assertTrue(Rendered.selects(constraint.getLabelSelector(), template.getMetadata().getLabels()),
                    constraint.getTopologyKey() + ": the label selector must match the pods it spreads");
        }
    }

    // --- configuration and secrets

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void configurationNeverStartsAnEmbeddedDatabase(String dir) {
        Rendered rendered = Rendered.of(dir);
        Container app = appContainer(rendered);
        Map<String, EnvValue> env = rendered.environment(app);
        // Set in env (not only via envFrom): nothing an operator puts into a ConfigMap or Secret can undo it.
        assertTrue(app.getEnv().stream().anyMatch(e -> e.getName().equals("SIJILL_EMBEDDED_DB_ENABLED") && "false".equals(e.getValue())),
                "env SIJILL_EMBEDDED_DB_ENABLED=false on the container");
        assertEquals(new Literal("false"), env.get("SIJILL_EMBEDDED_DB_ENABLED"));
        String seedsDir = Dockerfile.jvm().env().get("SIJILL_SEEDS_DIR");
        assertEquals(new Literal(seedsDir), env.get("SIJILL_SEEDS_DIR"), "the seeds directory baked into the image");
        assertTrue(env.get("SIJILL_SEEDS_LOAD_ON_STARTUP") instanceof Literal l && Set.of("true", "false").contains(l.value()),
                "SIJILL_SEEDS_LOAD_ON_STARTUP is true or false");
        if (env.get("QUARKUS_HTTP_PORT") instanceof Literal port) {
            assertEquals(String.valueOf(endpoints.port()), port.value(), "QUARKUS_HTTP_PORT would move the probes' port");
        }
        if (!dir.equals(BASE)) {
            assertTrue(env.containsKey("QUARKUS_DATASOURCE_JDBC_URL"), dir + ": the database URL is configured");
        }
        assertTrue(app.getEnvFrom().stream().anyMatch(e -> e.getConfigMapRef() != null), "envFrom a ConfigMap");
        assertTrue(app.getEnvFrom().stream().anyMatch(e -> e.getSecretRef() != null), "envFrom a Secret");
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void secretsHoldPlaceholdersOnly(String dir) {
        Rendered rendered = Rendered.of(dir);
        for (Secret secret : rendered.all(Secret.class)) {
            Map<String, String> values = Rendered.values(secret);
            assertFalse(values.isEmpty(), secret.getMetadata().getName() + " lists the keys to fill");
            values.forEach((key, value) -> assertEquals(PLACEHOLDER, value,
                    "Secret " + secret.getMetadata().getName() + " key " + key + " must hold the placeholder only"));
        }
        for (ConfigMap configMap : rendered.all(ConfigMap.class)) {
            Rendered.keys(configMap.getData()).forEach(key -> assertFalse(looksSecret(key),
                    "ConfigMap " + configMap.getMetadata().getName() + " holds " + key + ": it belongs in a Secret"));
        }
        rendered.podTemplates().forEach((owner, template) -> template.getSpec().getContainers().forEach(c -> Optional
                .ofNullable(c.getEnv()).orElse(List.of()).forEach(e -> assertFalse(looksSecret(e.getName()) && e.getValueFrom() == null,
                        owner + ": env " + e.getName() + " must come from a Secret, not a literal"))));
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void everyConfigMapAndSecretReferenceResolves(String dir) {
        Rendered rendered = Rendered.of(dir);
        Set<String> clusterSecrets = new HashSet<>();
        rendered.ofKind("Cluster").forEach(c -> clusterSecrets.add(c.name() + CnpgCluster.APP_SECRET_SUFFIX));
        Set<String> external = CREATED_BY_OPERATOR.getOrDefault(dir, Set.of());
        rendered.podTemplates().forEach((owner, template) -> template.getSpec().getContainers().forEach(c -> {
            for (var from : Optional.ofNullable(c.getEnvFrom()).orElse(List.of())) {
                if (from.getConfigMapRef() != null) {
                    rendered.one(ConfigMap.class, from.getConfigMapRef().getName());
                }
                if (from.getSecretRef() != null) {
                    String name = from.getSecretRef().getName();
                    assertTrue(rendered.find(Secret.class, name).isPresent() || external.contains(name),
                            owner + ": envFrom Secret " + name + " is neither rendered nor created by the operator");
                }
            }
            for (EnvValue value : rendered.environment(c).values()) {
                if (value instanceof SecretKey ref) {
                    Optional<Secret> secret = rendered.find(Secret.class, ref.secret());
                    if (secret.isPresent()) {
                        assertTrue(Rendered.values(secret.get()).containsKey(ref.key()), owner + ": " + ref + " has no such key");
                    } else if (clusterSecrets.contains(ref.secret())) {
                        assertTrue(CnpgCluster.APP_SECRET_KEYS.contains(ref.key()),
                                owner + ": CloudNativePG's " + ref.secret() + " has no key " + ref.key());
                    } else {
                        fail(owner + ": " + ref + " refers to a Secret that nothing creates");
                    }
                }
            }
        }));
    }

    // --- networking

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void serviceRoutesToTheApplicationPort(String dir) {
        Rendered rendered = Rendered.of(dir);
        Service service = rendered.one(Service.class, APP);
        Deployment deployment = rendered.one(Deployment.class, APP);
        assertTrue(Rendered.selects(service.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels()),
                "the Service selects the service's pods");
        assertTrue(Rendered.selects(deployment.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels()),
                "the Deployment selects its own pods");
        ServicePort port = service.getSpec().getPorts().get(0);
        assertTrue(port.getPort() == 80 || port.getPort() == endpoints.port(), "Service port 80 or " + endpoints.port());
        assertEquals(endpoints.port(), resolvePort(port.getTargetPort(), appContainer(rendered)), "targetPort");
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void networkPolicyAllowsHttpInAndOnlyDatabaseAndDnsOut(String dir) {
        Rendered rendered = Rendered.of(dir);
        NetworkPolicy policy = rendered.one(NetworkPolicy.class, APP);
        var spec = policy.getSpec();
        assertTrue(Rendered.selects(spec.getPodSelector(), rendered.one(Deployment.class, APP).getSpec().getTemplate().getMetadata().getLabels()),
                "the policy applies to the service's pods");
        assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(spec.getPolicyTypes()));

        assertFalse(spec.getIngress().isEmpty(), "some ingress is allowed");
        for (var rule : spec.getIngress()) {
            assertEquals(Set.of("TCP/" + endpoints.port()), ports(rule.getPorts()), "ingress only to the HTTP port");
        }
        Set<String> egressPorts = new HashSet<>();
        for (NetworkPolicyEgressRule rule : spec.getEgress()) {
            Set<String> ports = ports(rule.getPorts());
            assertFalse(ports.isEmpty(), "an egress rule without ports allows every port");
            egressPorts.addAll(ports);
            for (NetworkPolicyPeer peer : Optional.ofNullable(rule.getTo()).orElse(List.of())) {
                assertTrue(peer.getIpBlock() == null || !peer.getIpBlock().getCidr().endsWith("/0") || ports.equals(Set.of("TCP/5432")),
                        "no open ipBlock beyond the database port");
            }
        }
        assertEquals(Set.of("UDP/53", "TCP/53", "TCP/5432"), egressPorts, "egress: DNS over UDP and TCP, PostgreSQL");

        List<NetworkPolicyEgressRule> database = spec.getEgress().stream().filter(r -> ports(r.getPorts()).contains("TCP/5432")).toList();
        for (NetworkPolicyEgressRule rule : database) {
            assertEquals(Set.of("TCP/5432"), ports(rule.getPorts()), "the database rule opens only 5432");
        }
        Optional<Map<String, String>> databasePods = databasePodLabels(rendered);
        if (databasePods.isPresent()) {
            for (NetworkPolicyEgressRule rule : database) {
                // fabric8 reads a missing list as empty, and an empty "to" means every destination.
                assertFalse(rule.getTo().isEmpty(), dir + ": PostgreSQL runs in the overlay, so egress goes to its pods only");
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    assertTrue(peer.getNamespaceSelector() == null && Rendered.selects(peer.getPodSelector(), databasePods.get()),
                            dir + ": the 5432 rule selects the database pods " + databasePods.get());
                }
            }
        }
    }

    /** Labels of the database pods that this render runs: the StatefulSet's template, or CloudNativePG's cluster label. */
    private static Optional<Map<String, String>> databasePodLabels(Rendered rendered) {
        List<Manifest> clusters = rendered.ofKind("Cluster");
        if (!clusters.isEmpty()) {
            return Optional.of(Map.of("cnpg.io/cluster", clusters.get(0).name()));
        }
        return rendered.all(StatefulSet.class).stream().findFirst().map(s -> s.getSpec().getTemplate().getMetadata().getLabels());
    }

    private static Set<String> ports(List<NetworkPolicyPort> ports) {
        Set<String> found = new HashSet<>();
        for (NetworkPolicyPort port : Optional.ofNullable(ports).orElse(List.of())) {
            assertNotNull(port.getPort(), "a port entry without a port allows every port");
            assertTrue(port.getEndPort() == null, "no port ranges");
            found.add(Objects.requireNonNullElse(port.getProtocol(), "TCP") + "/" + port.getPort().getIntVal());
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void disruptionBudgetLetsDrainsProceed(String dir) {
        Rendered rendered = Rendered.of(dir);
        Deployment deployment = rendered.one(Deployment.class, APP);
        for (PodDisruptionBudget pdb : rendered.all(PodDisruptionBudget.class)) {
            assertTrue(Rendered.selects(pdb.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels()),
                    "the budget covers the service's pods");
            IntOrString maxUnavailable = pdb.getSpec().getMaxUnavailable();
            IntOrString minAvailable = pdb.getSpec().getMinAvailable();
            assertTrue((maxUnavailable != null) != (minAvailable != null), "exactly one of maxUnavailable, minAvailable");
            if (maxUnavailable != null) {
                assertTrue(maxUnavailable.getIntVal() != null && maxUnavailable.getIntVal() >= 1, "maxUnavailable >= 1");
            } else {
                assertTrue(minAvailable.getIntVal() != null && minAvailable.getIntVal() < deployment.getSpec().getReplicas(),
                        "minAvailable below replicas, or no node could ever be drained");
            }
        }
    }

    // --- images

    @ParameterizedTest
    @ValueSource(strings = { BASE, DEV, PROD })
    void everyImageHasATag(String dir) {
        Rendered rendered = Rendered.of(dir);
        List<String> images = new ArrayList<>();
        rendered.podTemplates().values().forEach(t -> Stream.concat(t.getSpec().getContainers().stream(),
                Optional.ofNullable(t.getSpec().getInitContainers()).orElse(List.of()).stream()).forEach(c -> images.add(c.getImage())));
        rendered.ofKind("Cluster").forEach(c -> images.add(c.tree().path("spec").path("imageName").asText()));
        assertFalse(images.isEmpty());
        for (String image : images) {
            String lastSegment = image.substring(image.lastIndexOf('/') + 1);
            assertTrue(lastSegment.contains(":") || image.contains("@sha256:"), dir + ": " + image + " has no tag");
            assertFalse(image.endsWith(":latest"), dir + ": " + image + " uses latest");
        }
    }

    // --- the databases of the overlays

    @Test
    void devConnectsToItsOwnPostgres() {
        Rendered dev = Rendered.of(DEV);
        StatefulSet postgres = dev.all(StatefulSet.class).stream().findFirst().orElseGet(() -> fail("no StatefulSet"));
        assertEquals(1, postgres.getSpec().getReplicas(), "a single PostgreSQL instance");
        assertEquals(1, postgres.getSpec().getVolumeClaimTemplates().size(), "its data on a PersistentVolumeClaim");
        var claim = postgres.getSpec().getVolumeClaimTemplates().get(0);
        assertNotNull(claim.getSpec().getResources().getRequests().get("storage"), "a storage request");
        Container db = postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertTrue(db.getVolumeMounts().stream().anyMatch(m -> m.getName().equals(claim.getMetadata().getName())),
                "the claim is mounted");

        Service service = dev.one(Service.class, postgres.getSpec().getServiceName());
        assertTrue(Rendered.selects(service.getSpec().getSelector(), postgres.getSpec().getTemplate().getMetadata().getLabels()),
                "the database Service selects the database pod");

        Map<String, EnvValue> dbEnv = dev.environment(db);
        Map<String, EnvValue> appEnv = dev.environment(appContainer(dev));
        URI url = URI.create(((Literal) appEnv.get("QUARKUS_DATASOURCE_JDBC_URL")).value().substring("jdbc:".length()));
        assertEquals("postgresql", url.getScheme());
        assertEquals(service.getMetadata().getName(), url.getHost(), "the JDBC URL names the database Service");
        assertEquals(service.getSpec().getPorts().get(0).getPort(), url.getPort(), "the JDBC URL uses the Service's port");
        assertEquals("/" + ((Literal) dbEnv.get("POSTGRES_DB")).value(), url.getPath(), "the JDBC URL names POSTGRES_DB");
        assertEquals(dbEnv.get("POSTGRES_USER"), appEnv.get("QUARKUS_DATASOURCE_USERNAME"), "same user on both sides");
        assertEquals(dbEnv.get("POSTGRES_PASSWORD"), appEnv.get("QUARKUS_DATASOURCE_PASSWORD"), "same Secret key on both sides");
        assertTrue(appEnv.get("QUARKUS_DATASOURCE_PASSWORD") instanceof SecretKey, "the password comes from a Secret");

        NetworkPolicy dbPolicy = dev.all(NetworkPolicy.class).stream()
                .filter(p -> Rendered.selects(p.getSpec().getPodSelector(), postgres.getSpec().getTemplate().getMetadata().getLabels()))
                .findFirst().orElseGet(() -> fail("no NetworkPolicy for the database"));
        var appLabels = dev.one(Deployment.class, APP).getSpec().getTemplate().getMetadata().getLabels();
        assertEquals(1, dbPolicy.getSpec().getIngress().size());
        var ingress = dbPolicy.getSpec().getIngress().get(0);
        assertEquals(Set.of("TCP/5432"), ports(ingress.getPorts()));
        assertFalse(ingress.getFrom().isEmpty(), "an empty 'from' admits every pod");
        assertTrue(ingress.getFrom().stream().allMatch(p -> Rendered.selects(p.getPodSelector(), appLabels)),
                "only the service's pods reach the database");
    }

    @Test
    void prodReadsTheSecretThatCloudNativePgGenerates() {
        Rendered prod = Rendered.of(PROD);
        List<Manifest> clusters = prod.ofKind("Cluster");
        assertEquals(1, clusters.size());
        Manifest cluster = clusters.get(0);
        JsonNode spec = cluster.tree().path("spec");
        assertEquals(3, spec.path("instances").asInt(), "three PostgreSQL instances");
        assertFalse(spec.path("storage").path("size").asText().isEmpty(), "storage size");
        String appSecret = cluster.name() + CnpgCluster.APP_SECRET_SUFFIX;
        Map<String, EnvValue> env = prod.environment(appContainer(prod));
        assertEquals(new SecretKey(appSecret, "jdbc-uri"), env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(new SecretKey(appSecret, "username"), env.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(new SecretKey(appSecret, "password"), env.get("QUARKUS_DATASOURCE_PASSWORD"));
        String owner = spec.path("bootstrap").path("initdb").path("owner").asText();
        assertFalse(owner.isEmpty(), "the application owner is named, so its Secret is " + appSecret);
    }

    static Container appContainer(Rendered rendered) {
        List<Container> containers = rendered.one(Deployment.class, APP).getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), "one container in the service's pod");
        return containers.get(0);
    }
}
