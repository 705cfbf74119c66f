package io.github.desconcentra.territory.internal;

import java.util.function.Supplier;

/**
 * A value made on first use, at most once, and then shared by every thread (double-checked locking on a volatile
 * field). If making it throws, the exception reaches that caller and the next call tries again.
 *
 * @param <T> the value's type
 */
public final class Once<T> implements Supplier<T> {
    private Supplier<? extends T> step;
    private volatile T value;

    private Once(Supplier<? extends T> step, T value) {
        this.step = step;
        this.value = value;
    }

    /**
     * The value {@code step} makes, made when first asked for.
     *
     * @param step returns the value, never null
     */
    public static <T> Once<T> of(Supplier<? extends T> step) {
        return new Once<>(Preconditions.requireNonNull(step, "step"), null);
    }

    /** A value already made. */
    public static <T> Once<T> done(T value) {
        return new Once<>(null, Preconditions.requireNonNull(value, "value"));
    }

    /**
     * The value, made now if it was not yet.
     *
     * @throws NullPointerException when the step returned null
     */
    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Preconditions.requireNonNull(step.get(), "value made once");
                    value = v;
                    step = null;
                }
            }
        }
        return v;
    }

    /** True when the value is made: {@link #get()} will not make it. */
    public boolean isDone() {
        return value != null;
    }
}
