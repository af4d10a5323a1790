package org.jobassist.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Values drawn from a generator outside any property: for benchmarks, examples and generated
 * data sets.
 *
 * <p>Draws are deterministic: the same generator, count and seed give the same list, in the
 * same order, on every run and every machine (the generators of this kit depend on nothing
 * but the randomness source). Each draw is uniform within the bounds the generator asks for;
 * unlike a property run there is no bias towards boundaries and no shrinking.
 *
 * <p>Stateless and thread-safe; the source returned by {@link #randomness(long)} is not.
 */
public final class Samples {

    private Samples() {}

    /**
     * Draws {@code count} values from {@code gen}. The same seed gives the same list.
     *
     * @param <T> the value type
     * @param gen the generator
     * @param count how many values, not negative
     * @param seed the seed
     * @return an unmodifiable list of {@code count} values, in drawing order
     * @throws IllegalArgumentException if {@code count} is negative
     * @throws IllegalStateException if the generator filters with an assumption that fails
     *     10,000 times in a row
     * @throws NullPointerException if {@code gen} is null
     */
    public static <T> List<T> draw(Gen<T> gen, int count, long seed) {
        Objects.requireNonNull(gen, "gen");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        SeededRandomness source = new SeededRandomness(seed);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            source.startValue();
            values.add(gen.generate(source));
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * A seeded source to draw from directly, one value at a time with
     * {@link Gen#generate(RandomnessSource)}, for example to stream more values than fit in a
     * list. The same seed gives the same sequence of values.
     *
     * @param seed the seed
     * @return a new source; not thread-safe
     */
    public static RandomnessSource randomness(long seed) {
        return new SeededRandomness(seed);
    }
}
