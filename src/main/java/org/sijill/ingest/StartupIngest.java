package org.sijill.ingest;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicReference;
import org.sijill.SijillConfig;
import org.sijill.sources.Catalog;

/** Loads the seeds folder once the schema is migrated, before the service reports itself ready. */
@ApplicationScoped
public class StartupIngest {

    public enum State { PENDING, DONE }

    /** Articles loaded or incidents written from which a start counts as a bulk load ({@link #releaseBulkMemory}). */
    private static final int BULK = 1_000;

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
        int written = ingest.rebuildIncidents();
        int loaded = report == null ? 0 : report.inserted() + report.updated() + report.reextracted();
        if (Math.max(written, Math.max(stale, loaded)) >= BULK) {
            releaseBulkMemory();
        }
        state.set(State.DONE);
    }

    /**
     * A bulk load grows the heap to its limit (parallel extraction, the derivation's working set), and the serial
     * collector gives memory back to the system only after full collections, which an idle service never triggers:
     * it would keep the load's high-water mark as resident memory for good. Once the load is over, a few full
     * collections return it: the collector damps shrinking over four successive full collections (none, 10 %, 40 %,
     * all), and shrinks only down to what {@code MaxHeapFreeRatio} allows (70 % free by default), so both free ratios
     * are lowered for these collections and then put back as they were.
     */
    static void releaseBulkMemory() {
        var runtime = Runtime.getRuntime();
        long before = runtime.totalMemory();
        var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = null;
        String max = null;
        try {
            min = vm.getVMOption("MinHeapFreeRatio").getValue();
            max = vm.getVMOption("MaxHeapFreeRatio").getValue();
            vm.setVMOption("MinHeapFreeRatio", "10"); // min first: it may never exceed max
            vm.setVMOption("MaxHeapFreeRatio", "20");
        } catch (RuntimeException e) { // a JVM without these options: the collections still help
            Log.debugf("heap free ratios not adjustable: %s", e.toString());
        }
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        try {
            if (max != null) {
                vm.setVMOption("MaxHeapFreeRatio", max); // max first, back above min again
                vm.setVMOption("MinHeapFreeRatio", min);
            }
        } catch (RuntimeException e) {
            Log.warnf("could not restore the heap free ratios (%s/%s): %s", min, max, e.toString());
        }
        Log.infof("Bulk load over: heap %d MB -> %d MB committed (%d MB in use)", before >> 20,
                runtime.totalMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    public State state() {
        return state.get();
    }

    public IngestReport report() {
        return report;
    }
}
