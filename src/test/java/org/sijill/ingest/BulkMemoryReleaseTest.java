package org.sijill.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The memory release after a bulk load: the heap is not left larger, and the JVM's free ratios are put back. */
class BulkMemoryReleaseTest {

    @Test
    void returnsHeapAndPutsTheFreeRatiosBack() {
        var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[512 * 1024]; // 32 MB the load leaves behind
        }
        long grown = Runtime.getRuntime().totalMemory();
        garbage = null;

        StartupIngest.releaseBulkMemory();

        assertTrue(Runtime.getRuntime().totalMemory() <= grown, "heap not larger than after the load");
        assertEquals(min, vm.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals(max, vm.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
