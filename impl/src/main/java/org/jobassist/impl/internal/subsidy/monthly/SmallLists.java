package org.jobassist.impl.internal.subsidy.monthly;

import java.util.Arrays;
import java.util.List;

/**
 * Immutable lists of the first elements of an array, made without the intermediate mutable
 * list that {@link List#copyOf} would copy again: the engines collect a month's few parts,
 * roundings and values in arrays. Stateless.
 */
public final class SmallLists {

    private SmallLists() {}

    /**
     * The first {@code size} elements of {@code items} as an immutable list.
     *
     * @param <E> the element type
     * @param items the elements; may be null when {@code size} is 0
     * @param size how many of them, from the first
     * @return an immutable list of them, in order
     * @throws NullPointerException if one of them is null
     * @throws IndexOutOfBoundsException if {@code size} is negative or beyond the array
     */
    public static <E> List<E> of(E[] items, int size) {
        switch (size) {
            case 0:
                return List.of();
            case 1:
                return List.of(items[0]);
            case 2:
                return List.of(items[0], items[1]);
            case 3:
                return List.of(items[0], items[1], items[2]);
            default:
                return List.of(Arrays.copyOf(items, size));
        }
    }
}
