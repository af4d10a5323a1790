package org.jobassist.testkit.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Runs tasks on several threads released at the same moment, and fails if any task fails. */
final class Concurrently {

    /** Threads of the concurrency tests. */
    static final int THREADS = 4;

    private static final long TIMEOUT_SECONDS = 60;

    private Concurrently() {}

    /**
     * Runs {@code task.accept(i)} for {@code i} from 0 to {@code threads - 1}, each on its own
     * thread, all started together; waits for all.
     *
     * @param threads how many threads
     * @param task the task, told its thread number
     * @throws AssertionError if a task failed or the run timed out
     */
    static void run(int threads, IntConsumer task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    task.accept(n);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (Exception e) {
            throw new AssertionError("a concurrent task failed: " + e.getCause(), e.getCause() == null ? e : e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
