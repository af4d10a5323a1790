package org.jobassist.api.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.money.Ratio;

/**
 * The schedule of a yearly target (时序进度): for each month 1 to 12, the cumulative fraction of
 * the target expected to be achieved by the end of that month. The default is
 * {@linkplain #linear() linear}, m/12 by the end of month m.
 *
 * <p>A curve has 12 fractions, each between 0 and 1, never decreasing, and the last is 1.
 * Error codes: {@code schedule-curve.size} (not 12 fractions), {@code schedule-curve.range}
 * (a fraction below 0 or above 1), {@code schedule-curve.not-monotone} (a fraction below the
 * one before it), {@code schedule-curve.end} (December's fraction is not 1).
 *
 * <p>Immutable and thread-safe.
 */
public final class ScheduleCurve {

    private static final ScheduleCurve LINEAR = linearCurve();

    private final List<Ratio> fractions;

    private ScheduleCurve(List<Ratio> fractions) {
        this.fractions = List.copyOf(fractions);
    }

    private static ScheduleCurve linearCurve() {
        List<Ratio> list = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            list.add(Ratio.of(m, 12));
        }
        return new ScheduleCurve(list);
    }

    /**
     * The linear curve: m/12 of the target by the end of month m.
     *
     * @return the linear curve
     */
    public static ScheduleCurve linear() {
        return LINEAR;
    }

    /**
     * A curve of 12 cumulative fractions, January first.
     *
     * @param fractions the fractions
     * @return the curve
     * @throws InvalidInputException with every violation found (codes in the class javadoc)
     * @throws NullPointerException if the list or a fraction is null
     */
    public static ScheduleCurve of(List<Ratio> fractions) {
        Objects.requireNonNull(fractions, "fractions");
        fractions.forEach(f -> Objects.requireNonNull(f, "fraction"));
        List<Violation> faults = new ArrayList<>();
        if (fractions.size() != 12) {
            faults.add(Violation.of("schedule-curve.size",
                    "a schedule curve has 12 monthly fractions, found " + fractions.size()));
            throw new InvalidInputException(faults);
        }
        for (int i = 0; i < 12; i++) {
            Ratio f = fractions.get(i);
            String path = "[" + i + "]";
            if (f.signum() < 0 || f.compareTo(Ratio.ONE) > 0) {
                faults.add(new Violation(path, "schedule-curve.range", "a fraction lies between 0 and 1"));
            }
            if (i > 0 && f.compareTo(fractions.get(i - 1)) < 0) {
                faults.add(new Violation(path, "schedule-curve.not-monotone",
                        "a cumulative fraction never falls below the month before"));
            }
        }
        if (!fractions.get(11).equals(Ratio.ONE)) {
            faults.add(new Violation("[11]", "schedule-curve.end", "December's fraction is 1"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return new ScheduleCurve(fractions);
    }

    /**
     * The fraction of the target expected by the end of {@code month}.
     *
     * @param month the month, 1 to 12
     * @return the cumulative fraction
     * @throws IllegalArgumentException if {@code month} is not 1 to 12
     */
    public Ratio at(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1 to 12");
        }
        return fractions.get(month - 1);
    }

    /**
     * The 12 fractions, January first.
     *
     * @return an unmodifiable list
     */
    public List<Ratio> fractions() {
        return fractions;
    }

    /**
     * Whether this is the linear curve m/12.
     *
     * @return true if linear
     */
    public boolean isLinear() {
        return equals(LINEAR);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScheduleCurve other && fractions.equals(other.fractions);
    }

    @Override
    public int hashCode() {
        return fractions.hashCode();
    }

    /** {@return the fractions, or {@code linear} for the default curve} */
    @Override
    public String toString() {
        return isLinear() ? "ScheduleCurve[linear]" : "ScheduleCurve" + fractions;
    }
}
