package org.jobassist.impl.internal.ledger;

/**
 * An immutable view of a growing list of log positions: the first {@code size} slots of an
 * array that the writer may fill further (past {@code size}) or replace. A reader holding a
 * view reads only its own {@code size} slots, which never change after publication.
 *
 * @param data the slots
 * @param size how many are this view's
 */
record Positions(int[] data, int size) {

    /** No positions. */
    static final Positions EMPTY = new Positions(new int[0], 0);

    /**
     * The view with one more position; writer only.
     *
     * @param position the position
     * @return the new view, sharing the array while it has room
     */
    Positions plus(int position) {
        int[] d = data;
        if (size == d.length) {
            d = java.util.Arrays.copyOf(d, Math.max(2, d.length * 2));
        }
        d[size] = position;
        return new Positions(d, size + 1);
    }
}
