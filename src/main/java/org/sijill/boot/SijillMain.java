package org.sijill.boot;

import org.jboss.logging.Logger;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service. When no database URL is configured it starts an embedded
 * PostgreSQL before Quarkus boots, so a fresh machine needs nothing but a JDK.
 *
 * <p>This runs only when the application is launched ({@code java -jar}, {@code quarkus:dev}), never during the
 * build or in {@code @QuarkusTest}, which is why the embedded server is started here and not from a config source.
 */
@QuarkusMain
public class SijillMain {

    private static final Logger LOG = Logger.getLogger(SijillMain.class);

    public static void main(String... args) {
        // Quarkus answers a URI java.net.URI rejects with an empty 400; org.sijill.api.RequestLineGuard makes the
        // same check and answers with a problem document instead. Read once, when the HTTP server is set up.
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
        var settings = EmbeddedDatabase.Settings.fromEnvironment();
        if (settings.urlConfigured()) {
            LOG.info("Database URL configured: no embedded PostgreSQL is started");
        } else if (settings.enabled()) {
            var db = EmbeddedDatabase.start(settings.dataDir());
            db.exportConnectionProperties();
            // Quarkus ends with System.exit(), so code after Quarkus.run() never runs: stop the database from a hook
            // that first waits for Quarkus to finish its own shutdown (HTTP drained, pool closed).
            Runtime.getRuntime().addShutdownHook(new Thread(db::stopAfterQuarkus, "embedded-postgres-stop"));
        } else {
            System.err.println("Sijill cannot start: no database configured. Set QUARKUS_DATASOURCE_JDBC_URL, "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD, or allow the embedded database with "
                    + "SIJILL_EMBEDDED_DB_ENABLED=true.");
            System.exit(1);
        }
        Quarkus.run(args);
    }
}
