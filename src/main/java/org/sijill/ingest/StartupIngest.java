package org.sijill.ingest;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.sijill.SijillConfig;
import org.sijill.sources.Catalog;

/** Loads the seeds folder once the schema is migrated, before the service reports itself ready. */
@ApplicationScoped
public class StartupIngest {

    public enum State { PENDING, DONE }

    @Inject
    IngestService ingest;

    @Inject
    SijillConfig config;

    private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);
    private volatile IngestReport report;

    @Inject
    Catalog catalog;

    void onStart(@Observes StartupEvent event) {
        catalog.sync();
        if (!config.seeds().loadOnStartup()) {
            Log.info("Startup ingest disabled (sijill.seeds.load-on-startup=false)");
            finish();
            return;
        }
        var folder = config.seedsDir();
        Log.infof("Loading seed articles from %s", folder.toAbsolutePath());
        report = ingest.ingestFolder(folder, config.seeds().maxBytes());
        Log.infof("Seed ingest finished: %s", report);
        report.skipped().forEach(s -> Log.warnf("  skipped %s: %s", s.file(), s.reason()));
        finish();
    }

    /** Articles stored by earlier versions of the rules are read again, then incidents are re-derived once. */
    private void finish() {
        int stale = ingest.reextractStale();
        if (stale > 0) {
            Log.infof("Re-extracted %d stored article(s) with the current rules and lexicons", stale);
        }
        ingest.rebuildIncidents();
        state.set(State.DONE);
    }

    public State state() {
        return state.get();
    }

    public IngestReport report() {
        return report;
    }
}
