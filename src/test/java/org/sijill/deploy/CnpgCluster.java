package org.sijill.deploy;

import static org.sijill.deploy.CustomResourceSchema.bool;
import static org.sijill.deploy.CustomResourceSchema.fields;
import static org.sijill.deploy.CustomResourceSchema.integer;
import static org.sijill.deploy.CustomResourceSchema.string;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Set;
import org.sijill.deploy.CustomResourceSchema.MapOf;
import org.sijill.deploy.CustomResourceSchema.Model;
import org.sijill.deploy.CustomResourceSchema.QuantityValue;

/**
 * The CloudNativePG {@code Cluster} fields this project uses (API postgresql.cnpg.io/v1, ClusterSpec).
 * Before adding one, look it up in the CloudNativePG API reference: the names are case-sensitive and
 * an unknown field is silently pruned by the API server.
 */
final class CnpgCluster {

    /** Keys of the Secret {@code <cluster>-app} that the operator generates for the application owner. */
    static final Set<String> APP_SECRET_KEYS = Set.of("username", "password", "uri", "jdbc-uri", "host", "port", "dbname",
            "pgpass", "fqdn-uri", "fqdn-jdbc-uri", "user");

    static final String APP_SECRET_SUFFIX = "-app";

    static final CustomResourceSchema SCHEMA = new CustomResourceSchema(fields(
            Set.of("apiVersion", "kind", "metadata", "spec"),
            "apiVersion", string("postgresql.cnpg.io/v1"),
            "kind", string("Cluster"),
            "metadata", new Model(ObjectMeta.class),
            "spec", fields(Set.of("instances", "storage"),
                    "description", string(),
                    "instances", integer(),
                    "imageName", string(),
                    "primaryUpdateStrategy", string("unsupervised", "supervised"),
                    "primaryUpdateMethod", string("switchover", "restart"),
                    "enableSuperuserAccess", bool(),
                    "bootstrap", fields(Set.of(),
                            "initdb", fields(Set.of(), "database", string(), "owner", string())),
                    "storage", fields(Set.of("size"),
                            "size", new QuantityValue(),
                            "storageClass", string()),
                    "postgresql", fields(Set.of(),
                            "parameters", new MapOf(string())),
                    "affinity", fields(Set.of(),
                            "enablePodAntiAffinity", bool(),
                            "topologyKey", string(),
                            "podAntiAffinityType", string("preferred", "required")),
                    "resources", new Model(ResourceRequirements.class))));

    private CnpgCluster() {
    }
}
