package org.sijill.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The validated objects of one rendered kustomization, with the look-ups the checks need. */
record Rendered(String dir, List<Manifest> manifests) {

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    static Rendered of(String dir) {
        return CACHE.computeIfAbsent(dir, d -> new Rendered(d, new ManifestReader().read("k8s/" + d, Kustomize.render(d))));
    }

    <T> List<T> all(Class<T> type) {
        return manifests.stream().map(Manifest::typed).filter(type::isInstance).map(type::cast).toList();
    }

    List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    <T> Optional<T> find(Class<T> type, String name) {
        return manifests.stream().filter(m -> type.isInstance(m.typed()) && m.name().equals(name))
                .map(m -> type.cast(m.typed())).findFirst();
    }

    <T> T one(Class<T> type, String name) {
        return find(type, name).orElseGet(() -> fail(dir + ": no " + type.getSimpleName() + " named " + name));
    }

    /** The workload's pod templates by owner ("Deployment sijill" → template). */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        all(Deployment.class).forEach(d -> templates.put("Deployment " + d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.put("StatefulSet " + s.getMetadata().getName(), s.getSpec().getTemplate()));
        return templates;
    }

    /** Decoded values of a rendered Secret ({@code data} is base64, {@code stringData} is plain). */
    static Map<String, String> values(Secret secret) {
        Map<String, String> values = new LinkedHashMap<>();
        Optional.ofNullable(secret.getData()).orElse(Map.of()).forEach(
                (k, v) -> values.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
        Optional.ofNullable(secret.getStringData()).orElse(Map.of()).forEach(values::put);
        return values;
    }

    /** Where a container's environment variable comes from, after envFrom and env are applied in order. */
    sealed interface EnvValue permits Literal, SecretKey, ConfigMapKey, UnknownKeysOf {
    }

    record Literal(String value) implements EnvValue {
    }

    record SecretKey(String secret, String key) implements EnvValue {
    }

    record ConfigMapKey(String configMap, String key) implements EnvValue {
    }

    /** A Secret created outside the render: which keys it has is not known here. */
    record UnknownKeysOf(String secret) implements EnvValue {
    }

    /** The container's environment as Kubernetes builds it: envFrom in order, then env over it. */
    Map<String, EnvValue> environment(Container container) {
        Map<String, EnvValue> env = new LinkedHashMap<>();
        for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            String prefix = Objects.requireNonNullElse(from.getPrefix(), "");
            if (from.getConfigMapRef() != null) {
                find(ConfigMap.class, from.getConfigMapRef().getName())
                        .ifPresent(cm -> Optional.ofNullable(cm.getData()).orElse(Map.of())
                                .forEach((k, v) -> env.put(prefix + k, new Literal(v))));
            }
            if (from.getSecretRef() != null) {
                String name = from.getSecretRef().getName();
                Optional<Secret> secret = find(Secret.class, name);
                if (secret.isPresent()) {
                    values(secret.get()).keySet().forEach(k -> env.put(prefix + k, new SecretKey(name, k)));
                } else {
                    env.put("*" + name, new UnknownKeysOf(name));
                }
            }
        }
        for (EnvVar var : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            if (var.getValueFrom() == null) {
                env.put(var.getName(), new Literal(Objects.requireNonNullElse(var.getValue(), "")));
            } else if (var.getValueFrom().getSecretKeyRef() != null) {
                var ref = var.getValueFrom().getSecretKeyRef();
                env.put(var.getName(), new SecretKey(ref.getName(), ref.getKey()));
            } else if (var.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = var.getValueFrom().getConfigMapKeyRef();
                env.put(var.getName(), new ConfigMapKey(ref.getName(), ref.getKey()));
            }
        }
        return env;
    }

    /** True when every matchLabels entry is among {@code labels}; match expressions are not used here. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()) {
            return false;
        }
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            fail("matchExpressions are not checked by these tests; use matchLabels");
        }
        return labels != null && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    static boolean selects(Map<String, String> matchLabels, Map<String, String> labels) {
        return matchLabels != null && !matchLabels.isEmpty() && labels != null
                && labels.entrySet().containsAll(matchLabels.entrySet());
    }

    static Set<String> keys(Map<String, ?> map) {
        return map == null ? Set.of() : map.keySet();
    }
}
