package io.github.desconcentra.territory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void resultsComeInTaskOrderWhateverTheThreads() {
        List<Integer> squares = IntStream.range(0, 40).map(k -> k * k).boxed().toList();
        for (int threads : new int[] {1, 2, 7, 64}) {
            assertEquals(squares, InOrder.run(40, threads, "test", k -> k * k), "threads " + threads);
        }
        assertEquals(List.of(), InOrder.run(0, 3, "test", k -> k));
    }

    @Test
    void theFirstFailureInTaskOrderIsThrownEvenWhenALaterTaskFailedFirst() {
        CountDownLatch laterFailed = new CountDownLatch(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InOrder.run(8, 8, "test",
                k -> {
                    if (k == 7) {
                        laterFailed.countDown();
                        throw new IllegalArgumentException("task 7");
                    }
                    if (k == 3) {
                        try {
                            laterFailed.await(1, TimeUnit.MINUTES);
                        } catch (InterruptedException x) {
                            Thread.currentThread().interrupt();
                        }
                        throw new IllegalArgumentException("task 3");
                    }
                    return k;
                }));
        assertEquals("task 3", e.getMessage());
    }

    @Test
    void noThreadIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InOrder.run(2, 0, "test", k -> k));
        assertEquals("threads must be at least 1: 0", e.getMessage());
    }
}
