package org.jobassist.impl.internal.memory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionKind;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;

/**
 * What the registries of a {@link FactTable} know about one person, kept together so that
 * recognition reads it with one lookup: the evidence of every source, and the contribution
 * history in a compact form.
 *
 * <p>The evidence is sorted in the SPI's order (flag, first valid day, reference), every
 * source together: since each flag has one source, a source's items, read in this order, are
 * in that order too. Beside the items, each one's flag and first and last valid days (as
 * epoch days, withdrawal taken into account) are packed side by side in one array of longs,
 * so that the fast path touches one array and not the evidence objects.
 *
 * <p>The history is one {@code int} per month, {@code monthIndex << 1 | employerPaid}, in
 * ascending order, where {@code monthIndex = year * 12 + month - 1}: about a tenth of the heap
 * of a {@link ContributionHistory} with its two arrays, and read by one binary search. A
 * history with a month too far from the present era to fit is kept as given.
 *
 * <p>Immutable and thread-safe.
 */
public final class FactRow {

    /** The order of the SPI: flag, then first valid day, then reference. */
    static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::flag)
            .thenComparing(e -> e.valid().start()).thenComparing(Evidence::reference);

    /** A person the table does not hold: no evidence, no history. */
    public static final FactRow EMPTY = new FactRow(new Evidence[0], new long[0], null, null);

    /** Month indices this far from 0 or farther do not fit the compact history. */
    private static final long MONTH_LIMIT = 1L << 29;

    private final Evidence[] items;
    private final long[] packed;
    /** The compact history, or null when none is stored or it is {@link #wide}. */
    private final int[] months;
    /** A stored history that does not fit {@link #months}, or null. */
    private final ContributionHistory wide;
    /**
     * The last employer-paid month index of {@link #months}, or {@link #NO_EMPLOYER_MONTH}: a
     * question about a day on or after it is answered from this field without reading the
     * array (when asked as of today, almost every question).
     */
    private final int lastEmployer;

    private static final int NO_EMPLOYER_MONTH = Integer.MIN_VALUE;

    private FactRow(Evidence[] items, long[] packed, int[] months, ContributionHistory wide) {
        this.items = items;
        this.packed = packed;
        this.months = months;
        this.wide = wide;
        this.lastEmployer = lastEmployerOf(months);
    }

    private static int lastEmployerOf(int[] months) {
        if (months != null) {
            for (int j = months.length - 1; j >= 0; j--) {
                if ((months[j] & 1) != 0) {
                    return months[j] >> 1;
                }
            }
        }
        return NO_EMPLOYER_MONTH;
    }

    /**
     * This row with the evidence of {@code source} replaced by {@code evidence}; the other
     * sources' evidence and the history are kept.
     *
     * @param source the source replaced
     * @param evidence every item of the source, in any order
     * @return the new row
     */
    FactRow withEvidence(RegistrySource source, List<Evidence> evidence) {
        List<Evidence> all = new ArrayList<>(items.length + evidence.size());
        for (Evidence e : items) {
            if (e.source() != source) {
                all.add(e);
            }
        }
        all.addAll(evidence);
        Evidence[] sorted = all.toArray(new Evidence[0]);
        Arrays.sort(sorted, ORDER);
        long[] p = new long[sorted.length * 3];
        for (int i = 0; i < sorted.length; i++) {
            p[3 * i] = sorted[i].flag().ordinal();
            p[3 * i + 1] = sorted[i].valid().start().toEpochDay();
            p[3 * i + 2] = sorted[i].lastValidDay().toEpochDay();
        }
        return new FactRow(sorted, p, months, wide);
    }

    /**
     * This row with {@code history} as the person's history; the evidence is kept.
     *
     * @param history the history
     * @return the new row
     */
    FactRow withHistory(ContributionHistory history) {
        int[] compact = compact(history);
        return compact == null ? new FactRow(items, packed, null, history) : new FactRow(items, packed, compact, null);
    }

    /** Whether the stored history equals {@code history}, which is of this row's person. */
    boolean hasHistory(ContributionHistory history) {
        if (wide != null) {
            return wide.equals(history);
        }
        return months != null && Arrays.equals(months, compact(history));
    }

    /**
     * The compact form of {@code history}, or null when a month does not fit.
     */
    private static int[] compact(ContributionHistory history) {
        List<ContributionMonth> list = history.months();
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            ContributionMonth m = list.get(i);
            long index = index(m.month());
            if (index <= -MONTH_LIMIT || index >= MONTH_LIMIT) {
                return null;
            }
            out[i] = (int) (index << 1) | (m.kind().showsEmployment() ? 1 : 0);
        }
        return out;
    }

    /**
     * Whether a history is stored.
     *
     * @return true if one is
     */
    public boolean hasHistory() {
        return months != null || wide != null;
    }

    /**
     * The stored history, made anew on each call: equal to the one recorded.
     *
     * @param person the person of this row
     * @return the history, or empty if none is stored
     */
    public Optional<ContributionHistory> history(PersonId person) {
        if (wide != null) {
            return Optional.of(wide);
        }
        if (months == null) {
            return Optional.empty();
        }
        List<ContributionMonth> list = new ArrayList<>(months.length);
        for (int m : months) {
            list.add(new ContributionMonth(month(m >> 1), (m & 1) != 0 ? ContributionKind.EMPLOYER
                    : ContributionKind.FLEXIBLE));
        }
        return Optional.of(ContributionHistory.of(person, list));
    }

    /**
     * {@link ContributionHistory#monthsWithoutEmployerContribution} of the stored history;
     * {@link ContributionHistory#NEVER} if none is stored. Allocates nothing.
     *
     * @param asOf the day asked about
     * @return the months
     */
    public int monthsWithoutEmployerContribution(LocalDate asOf) {
        if (wide != null) {
            return wide.monthsWithoutEmployerContribution(asOf);
        }
        long now = index(asOf);
        long last = lastEmployerIndex(now);
        // As ContributionHistory does: only absurd years make the gap reach NEVER.
        return last == Long.MIN_VALUE ? ContributionHistory.NEVER
                : (int) Math.min(ContributionHistory.NEVER - 1L, Math.max(0L, now - last - 1));
    }

    /**
     * {@link ContributionHistory#lastEmployerPaidMonth} of the stored history; empty if none
     * is stored.
     *
     * @param asOf the day asked about
     * @return the month
     */
    public Optional<YearMonth> lastEmployerPaidMonth(LocalDate asOf) {
        if (wide != null) {
            return wide.lastEmployerPaidMonth(asOf);
        }
        long last = lastEmployerIndex(index(asOf));
        return last == Long.MIN_VALUE ? Optional.empty() : Optional.of(month(last));
    }

    /**
     * The index ({@code year * 12 + month - 1}) of {@link #lastEmployerPaidMonth}, or
     * {@link #NO_MONTH} if there is none; for a row without a {@link #hasWideHistory wide}
     * history, where every index lies strictly between {@code -2^29} and {@code 2^29}.
     * Allocates nothing.
     *
     * @param asOf the day asked about
     * @return the index, or {@link #NO_MONTH}
     * @throws IllegalStateException if the history is wide
     */
    public long lastEmployerPaidMonthIndex(LocalDate asOf) {
        if (wide != null) {
            throw new IllegalStateException("a wide history has no compact month index");
        }
        long last = lastEmployerIndex(index(asOf));
        return last == Long.MIN_VALUE ? NO_MONTH : last;
    }

    /** What {@link #lastEmployerPaidMonthIndex} gives when there is no such month: outside every index it gives. */
    public static final long NO_MONTH = 1L << 30;

    /**
     * Whether the stored history has a month too far from the present era for the compact
     * form, and is kept as given.
     *
     * @return true if it has
     */
    public boolean hasWideHistory() {
        return wide != null;
    }

    /**
     * Whether the stored history has an employer-paid contribution for {@code month}.
     *
     * @param month the month
     * @return true if it has
     */
    public boolean isEmployedIn(YearMonth month) {
        if (wide != null) {
            return wide.isEmployedIn(month);
        }
        long index = index(month);
        if (months == null || index <= -MONTH_LIMIT || index >= MONTH_LIMIT) {
            return false;
        }
        return Arrays.binarySearch(months, (int) (index << 1) | 1) >= 0;
    }

    /** The last employer-paid month index at or before {@code upTo}, or {@code Long.MIN_VALUE}. */
    private long lastEmployerIndex(long upTo) {
        int[] m = months;
        if (m == null || lastEmployer == NO_EMPLOYER_MONTH) {
            return Long.MIN_VALUE;
        }
        if (lastEmployer <= upTo) {
            return lastEmployer;
        }
        // The first entry after upTo's employer-paid entry, by binary search on longs: upTo may not fit.
        long target = upTo * 2 + 1;
        int lo = 0;
        int hi = m.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (m[mid] <= target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int j = lo - 1; j >= 0; j--) {
            if ((m[j] & 1) != 0) {
                return m[j] >> 1;
            }
        }
        return Long.MIN_VALUE;
    }

    /**
     * The flags held on {@code epochDay}, every source together: bit
     * {@code 1 << flag.ordinal()} for each. Allocates nothing.
     *
     * @param epochDay the day
     * @return the mask
     */
    public int flagsAt(long epochDay) {
        long[] p = packed;
        int mask = 0;
        for (int j = 0; j < p.length; j += 3) {
            if (p[j + 1] <= epochDay && epochDay <= p[j + 2]) {
                mask |= 1 << p[j];
            }
        }
        return mask;
    }

    /**
     * The first evidence in the SPI's order by which the person holds {@code flag} on the
     * day.
     *
     * @param flag the flag
     * @param epochDay the day
     * @return the evidence, or empty
     */
    public Optional<Evidence> find(RegistryFlag flag, long epochDay) {
        int i = indexOf(flag, epochDay);
        return i < 0 ? Optional.empty() : Optional.of(items[i]);
    }

    /** The index of the first item of {@code flag} that holds on the day, or -1. */
    int indexOf(RegistryFlag flag, long epochDay) {
        long f = flag.ordinal();
        long[] p = packed;
        for (int j = 0; j < p.length; j += 3) {
            if (p[j] == f && p[j + 1] <= epochDay && epochDay <= p[j + 2]) {
                return j / 3;
            }
        }
        return -1;
    }

    /** The evidence of {@code source} that holds on the day, in order. */
    List<Evidence> evidence(RegistrySource source, long epochDay) {
        List<Evidence> found = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            if (items[i].source() == source && packed[3 * i + 1] <= epochDay && epochDay <= packed[3 * i + 2]) {
                found.add(items[i]);
            }
        }
        return found;
    }

    /** Every item of {@code source}, in order. */
    List<Evidence> evidence(RegistrySource source) {
        List<Evidence> found = new ArrayList<>(items.length);
        for (Evidence e : items) {
            if (e.source() == source) {
                found.add(e);
            }
        }
        return found;
    }

    private static long index(YearMonth m) {
        return m.getYear() * 12L + m.getMonthValue() - 1;
    }

    private static long index(LocalDate d) {
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    private static YearMonth month(long index) {
        return YearMonth.of((int) Math.floorDiv(index, 12L), (int) Math.floorMod(index, 12L) + 1);
    }

    @Override
    public String toString() {
        return "FactRow[" + items.length + " evidence, " + (hasHistory() ? "a history" : "no history") + "]";
    }
}
