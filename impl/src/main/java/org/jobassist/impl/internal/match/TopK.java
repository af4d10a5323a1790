package org.jobassist.impl.internal.match;

/**
 * The best {@code k} rows seen, best first: higher score, then lower tie rank (the row's
 * position in id order). A sorted insertion is the fastest for the small {@code k} of a
 * ranking. Not thread-safe: one per query.
 */
final class TopK {

    private final int[] scores;
    private final int[] ranks;
    private final int[] rows;
    private int size;

    TopK(int k) {
        scores = new int[k];
        ranks = new int[k];
        rows = new int[k];
    }

    /** Whether a row of this score and rank would enter the list: a cheap test before the full offer. */
    boolean admits(int score, int rank) {
        if (size < scores.length) {
            return true;
        }
        int last = size - 1;
        return score > scores[last] || score == scores[last] && rank < ranks[last];
    }

    void offer(int score, int rank, int row) {
        if (!admits(score, rank)) {
            return;
        }
        int at = size < scores.length ? size++ : size - 1;
        while (at > 0 && (scores[at - 1] < score || scores[at - 1] == score && ranks[at - 1] > rank)) {
            scores[at] = scores[at - 1];
            ranks[at] = ranks[at - 1];
            rows[at] = rows[at - 1];
            at--;
        }
        scores[at] = score;
        ranks[at] = rank;
        rows[at] = row;
    }

    int size() {
        return size;
    }

    int row(int i) {
        return rows[i];
    }

    int score(int i) {
        return scores[i];
    }
}
