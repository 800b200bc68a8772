package org.sijill.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a custom resource's schema that this project uses, written out by hand: every key must be
 * listed here and every value must have its type. It is stricter than the real CRD on purpose, so a typo
 * or a field nobody checked against the operator's API reference fails the build.
 */
record CustomResourceSchema(Shape root) {

    sealed interface Shape permits Fields, Scalar, Model, MapOf, QuantityValue {
    }

    /** A mapping with exactly these keys allowed, some of them required. */
    record Fields(Map<String, Shape> fields, Set<String> required) implements Shape {
    }

    /** A string, integer or boolean, optionally limited to some values. */
    record Scalar(Kind kind, Set<String> allowed) implements Shape {
    }

    /** A Kubernetes type that fabric8 models (ObjectMeta, ResourceRequirements, ...). */
    record Model(Class<?> type) implements Shape {
    }

    /** A mapping with free keys whose values all have one shape. */
    record MapOf(Shape values) implements Shape {
    }

    /** A Kubernetes quantity such as "20Gi" or "500m". */
    record QuantityValue() implements Shape {
    }

    enum Kind { STRING, INTEGER, BOOLEAN }

    static Scalar string(String... allowed) {
        return new Scalar(Kind.STRING, Set.of(allowed));
    }

    static Scalar integer() {
        return new Scalar(Kind.INTEGER, Set.of());
    }

    static Scalar bool() {
        return new Scalar(Kind.BOOLEAN, Set.of());
    }

    /** Keys and shapes in pairs: {@code fields(Set.of("a"), "a", string(), "b", integer())}. */
    static Fields fields(Set<String> required, Object... keysAndShapes) {
        Map<String, Shape> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndShapes.length; i += 2) {
            fields.put((String) keysAndShapes[i], (Shape) keysAndShapes[i + 1]);
        }
        return new Fields(fields, required);
    }

    void check(JsonNode tree, ObjectMapper mapper, ManifestReader reader, List<String> problems, String id) {
        check(root, tree, "", mapper, reader, problems, id);
    }

    private static void check(Shape shape, JsonNode node, String path, ObjectMapper mapper, ManifestReader reader,
            List<String> problems, String id) {
        String at = path.isEmpty() ? "(root)" : path;
        if (shape instanceof Fields f) {
            if (!node.isObject()) {
                problems.add(id + ": " + at + " must be a mapping, not " + node.getNodeType());
                return;
            }
            for (String key : f.required()) {
                if (!node.has(key)) {
                    problems.add(id + ": " + join(path, key) + " is required");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                var entry = it.next();
                Shape child = f.fields().get(entry.getKey());
                if (child == null) {
                    problems.add(id + ": unknown field " + join(path, entry.getKey())
                            + " (allowed here: " + f.fields().keySet() + ")");
                } else {
                    check(child, entry.getValue(), join(path, entry.getKey()), mapper, reader, problems, id);
                }
            }
        } else if (shape instanceof Scalar s) {
            boolean ok = switch (s.kind()) {
                case STRING -> node.isTextual();
                case INTEGER -> node.isIntegralNumber();
                case BOOLEAN -> node.isBoolean();
            };
            if (!ok) {
                problems.add(id + ": " + at + " must be a " + s.kind().name().toLowerCase() + ", not "
                        + node.getNodeType() + " (" + node + ")");
            } else if (!s.allowed().isEmpty() && !s.allowed().contains(node.asText())) {
                problems.add(id + ": " + at + " must be one of " + s.allowed() + ", not " + node.asText());
            }
        } else if (shape instanceof MapOf m) {
            if (!node.isObject()) {
                problems.add(id + ": " + at + " must be a mapping, not " + node.getNodeType());
                return;
            }
            node.fields().forEachRemaining(e -> check(m.values(), e.getValue(), join(path, e.getKey()), mapper,
                    reader, problems, id));
        } else if (shape instanceof QuantityValue) {
            if (!node.isTextual() && !node.isNumber()) {
                problems.add(id + ": " + at + " must be a quantity such as 20Gi, not " + node.getNodeType());
                return;
            }
            if (!ManifestReader.isQuantity(node.asText())) {
                problems.add(id + ": " + at + " is not a quantity: " + node.asText());
            }
        } else if (shape instanceof Model m) {
            try {
                Object typed = mapper.treeToValue(node, m.type());
                reader.problemsIn(typed).forEach(p -> problems.add(id + ": " + at + ": " + p));
            } catch (JsonProcessingException e) {
                problems.add(id + ": " + at + ": " + ManifestReader.describe(e));
            }
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
