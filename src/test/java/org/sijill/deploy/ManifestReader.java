package org.sijill.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads multi-document YAML into Kubernetes objects and rejects what an API server would reject, offline:
 * a field that does not exist anywhere in the object graph (fabric8 quietly keeps those in
 * {@code additionalProperties}, so the graph is walked), a value of the wrong type (a number where a
 * string belongs and the reverse, which Jackson would otherwise coerce), a duplicate key, or a kind this
 * reader has no model for.
 */
final class ManifestReader {

    /** apiVersion/kind → fabric8 model class. A kind missing here fails: add it with its checks. */
    static final Map<String, Class<?>> TYPED_KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    /** Custom resources without a fabric8 class, checked against a hand-written subset of their schema. */
    static final Map<String, CustomResourceSchema> CUSTOM_KINDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", CnpgCluster.SCHEMA);

    private final ObjectMapper mapper = strictMapper();

    static ObjectMapper strictMapper() {
        ObjectMapper mapper = YAMLMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .build();
        // The API server decodes strictly typed JSON: "replicas: '2'" and "value: 8080" (for a string) are errors.
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    /** Every document of {@code yaml}, validated; a problem anywhere fails with all problems listed. */
    List<Manifest> read(String source, String yaml) {
        List<Manifest> manifests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int index = 0;
        try (MappingIterator<JsonNode> documents = mapper.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNextValue()) {
                JsonNode tree = documents.nextValue();
                index++;
                if (tree == null || tree.isNull() || tree.isMissingNode()) {
                    continue;
                }
                String where = source + " document " + index;
                try {
                    manifests.add(readOne(where, tree, problems));
                } catch (InvalidManifestException e) {
                    problems.addAll(e.problems());
                } catch (JsonProcessingException e) {
                    problems.add(where + ": " + describe(e));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(source + ": not valid YAML: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidManifestException(problems);
        }
        return manifests;
    }

    private Manifest readOne(String where, JsonNode tree, List<String> problems) throws JsonProcessingException {
        if (!tree.isObject()) {
            throw new InvalidManifestException(List.of(where + ": a document must be a mapping, not " + tree.getNodeType()));
        }
        String apiVersion = requiredText(tree, "apiVersion", where);
        String kind = requiredText(tree, "kind", where);
        JsonNode metadata = tree.path("metadata");
        String name = metadata.path("name").asText("");
        String namespace = metadata.path("namespace").isTextual() ? metadata.path("namespace").asText() : null;
        String id = where + " (" + kind + " " + name + ")";
        if (name.isEmpty()) {
            problems.add(id + ": metadata.name is missing");
        }
        String key = apiVersion + "/" + kind;
        Class<?> type = TYPED_KINDS.get(key);
        if (type != null) {
            Object typed = mapper.treeToValue(tree, type);
            for (String unknown : problemsIn(typed)) {
                problems.add(id + ": " + unknown);
            }
            return new Manifest(apiVersion, kind, name, namespace, typed, tree);
        }
        CustomResourceSchema schema = CUSTOM_KINDS.get(key);
        if (schema != null) {
            schema.check(tree, mapper, this, problems, id);
            return new Manifest(apiVersion, kind, name, namespace, null, tree);
        }
        problems.add(id + ": no validator for " + key + " (known: " + TYPED_KINDS.keySet() + " and "
                + CUSTOM_KINDS.keySet() + ")");
        return new Manifest(apiVersion, kind, name, namespace, null, tree);
    }

    /** "at spec.replicas: Cannot coerce ..." rather than Jackson's class-qualified reference chain. */
    static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return "wrong value at " + path + ": " + message;
        }
        return message;
    }

    private static String requiredText(JsonNode tree, String field, String where) {
        JsonNode value = tree.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidManifestException(List.of(where + ": " + field + " is missing or not a string"));
        }
        return value.asText();
    }

    /**
     * Every property that fabric8 did not recognise ("unknown field a.b.c", JSON names) and every value that
     * its lenient deserializers let through, anywhere below {@code root}.
     */
    List<String> problemsIn(Object root) {
        List<String> found = new ArrayList<>();
        walk(root, "", found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private void walk(Object value, String path, List<String> found, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((k, v) -> walk(v, path + "." + k, found, seen));
            return;
        }
        if (value instanceof IntOrString intOrString) {
            Object inner = intOrString.getValue();
            if (inner != null && !(inner instanceof Integer) && !(inner instanceof String)) {
                found.add(display(path) + ": must be an int or a string, not " + inner.getClass().getSimpleName());
            }
            return;
        }
        if (value instanceof Quantity quantity) {
            if (!isQuantity(quantity.toString())) {
                found.add(display(path) + ": not a quantity: '" + quantity + "'");
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        additionalProperties(value).forEach((k, v) -> found.add("unknown field " + display(path + "." + k)));
        var description = mapper.getSerializationConfig().introspect(mapper.constructType(value.getClass()));
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.getAccessor() != null) {
                walk(property.getAccessor().getValue(value), path + "." + property.getName(), found, seen);
            }
        }
    }

    /** The Kubernetes quantity grammar: a signed decimal, then a binary or decimal SI suffix or an exponent. */
    private static final Pattern QUANTITY = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([KMGTPE]i|[mkMGTPE]|[eE][+-]?\\d+)?");

    static boolean isQuantity(String text) {
        return QUANTITY.matcher(text).matches();
    }

    private static Map<?, ?> additionalProperties(Object value) {
        try {
            Object extra = value.getClass().getMethod("getAdditionalProperties").invoke(value);
            return extra instanceof Map<?, ?> map ? map : Map.of();
        } catch (NoSuchMethodException e) {
            return Map.of();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read additionalProperties of " + value.getClass(), e);
        }
    }

    private static String display(String path) {
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** All problems found in a set of documents, one per line. */
    static final class InvalidManifestException extends RuntimeException {

        private final List<String> problems;

        InvalidManifestException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}
