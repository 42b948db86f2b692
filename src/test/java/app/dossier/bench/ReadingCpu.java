package app.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of the timeline's reading threads during a build, for the benchmark: the threads end
 * with the build and their time with them, so it is sampled while they run (every 50 ms; the last
 * moments of a thread are missed, a few tens of milliseconds per thread).
 */
final class ReadingCpu {
    private static final long PERIOD_MS = 50;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> seen = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private ReadingCpu() {
        sampler = new Thread(this::sample, "reading-cpu-sampler");
        sampler.setDaemon(true);
    }

    static ReadingCpu start() {
        ReadingCpu cpu = new ReadingCpu();
        cpu.sampler.start();
        return cpu;
    }

    /** Stops sampling; the reading threads' CPU seconds seen. */
    double stop() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return seen.values().stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    private void sample() {
        while (running) {
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && info.getThreadName().startsWith("timeline-read-")) {
                    long cpu = threads.getThreadCpuTime(info.getThreadId());
                    if (cpu > 0) {
                        seen.merge(info.getThreadId(), cpu, Math::max);
                    }
                }
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
