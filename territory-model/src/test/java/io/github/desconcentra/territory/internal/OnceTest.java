package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnceTest {

    @Test
    void makesTheValueOnceForEveryThread() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Once<Object> once = Once.of(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertFalse(once.isDone());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> got = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return once.get();
                }));
            }
            start.countDown();
            for (Future<Object> f : got) {
                assertSame(got.get(0).get(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, made.get());
        assertTrue(once.isDone());
    }

    @Test
    void aFailureReachesItsCallerAndTheNextCallTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        Once<String> once = Once.of(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first read failed");
            }
            return "read";
        });
        assertEquals("first read failed", assertThrows(IllegalStateException.class, once::get).getMessage());
        assertFalse(once.isDone());
        assertEquals("read", once.get());
        assertEquals("read", once.get());
        assertEquals(2, calls.get());
    }

    @Test
    void aValueAlreadyMadeAndANullOneNamed() {
        Once<String> done = Once.done("x");
        assertTrue(done.isDone());
        assertEquals("x", done.get());
        assertEquals("value made once must not be null",
                assertThrows(NullPointerException.class, () -> Once.of(() -> null).get()).getMessage());
    }
}
