package io.github.desconcentra.territory.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Independent tasks run on a few threads, their results returned in task order: what they give does not depend on
 * the number of threads, and when several fail, the failure of the first in task order is the one thrown, as on one
 * thread.
 */
public final class InOrder {
    private InOrder() {
    }

    /**
     * Runs tasks {@code 0 … n - 1} on up to {@code threads} daemon threads named {@code name} (on the calling thread
     * when one thread or one task).
     *
     * @param task gives the result of task {@code k}; a {@link RuntimeException} it throws is rethrown as it is
     * @return the results in task order
     * @throws IllegalArgumentException when {@code threads} is below 1 or {@code n} is negative
     * @throws IllegalStateException when the calling thread is interrupted, or a task throws a checked exception or
     *     an error
     */
    public static <T> List<T> run(int n, int threads, String name, IntFunction<T> task) {
        Preconditions.check(threads >= 1, "threads must be at least 1: %d", threads);
        Preconditions.check(n >= 0, "the number of tasks must not be negative: %d", n);
        List<T> out = new ArrayList<>(Collections.nCopies(n, null));
        if (threads == 1 || n < 2) {
            for (int k = 0; k < n; k++) {
                out.set(k, task.apply(k));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int kk = k;
                futures.add(pool.submit(() -> task.apply(kk)));
            }
            for (int k = 0; k < n; k++) {
                out.set(k, futures.get(k).get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
