package app.dossier.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap while a command runs, to report its peak for benchmarks. */
final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        thread = new Thread(this::sample, "dossier-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakMegabytes() {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        return peak / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
