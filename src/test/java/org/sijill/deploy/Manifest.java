package org.sijill.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One rendered Kubernetes object: its typed fabric8 form where fabric8 has a class for the kind
 * ({@code typed} is null for custom resources such as the CloudNativePG Cluster), and always its tree.
 */
record Manifest(String apiVersion, String kind, String name, String namespace, Object typed, JsonNode tree) {

    <T> T as(Class<T> type) {
        return type.cast(typed);
    }

    String id() {
        return kind + " " + name;
    }
}
