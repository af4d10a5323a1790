package org.jobassist.impl.internal.assessment;

import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.assessment.CategorySubset;
import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.OutcomeTally;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.assessment.Share;
import org.jobassist.api.assessment.ShareBase;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.OutcomeStore;

/**
 * Computes the monthly progress report from one tally of the plan year: cumulative counts by
 * month, each month's status (to count consecutive months behind), channel and subset shares.
 * Stateless and thread-safe.
 */
public final class ProgressEngine {

    private ProgressEngine() {}

    /**
     * The report of {@code month}; see {@code Assessments.progress}.
     *
     * @param plan the plan
     * @param store the outcomes
     * @param month the month
     * @return the report
     */
    public static ProgressReport progress(TargetPlan plan, OutcomeStore store, YearMonth month) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(month, "month");
        if (month.getYear() != plan.year()) {
            throw new InvalidInputException(new Violation("month", "progress.month-outside-plan-year",
                    "the report month is not in the plan year"));
        }
        List<DivisionCode> cities = List.copyOf(plan.cityTargets().keySet());
        OutcomeTally tally = store.tally(plan.year(), cities, plan.subsets());
        return report(plan, tally, month, store.rejections(plan.year()));
    }

    /**
     * The report of {@code month} from a tally already taken.
     *
     * @param plan the plan
     * @param tally the tally of the plan year over the plan's cities and subsets
     * @param month the month of the plan year
     * @param rejections the rejections by reason
     * @return the report
     */
    static ProgressReport report(TargetPlan plan, OutcomeTally tally, YearMonth month,
            java.util.Map<String, Long> rejections) {
        int m = month.getMonthValue();
        List<DivisionCode> cities = tally.cities();
        ProgressReport.Builder report = ProgressReport.builder(month).planLabel(plan.label())
                .escalateAfterMonths(plan.escalateAfterMonths()).rejectedByReason(rejections);
        int[] provinceByMonth = new int[13];
        for (int c = 0; c < cities.size(); c++) {
            int[] byMonth = new int[13];
            for (int k = 1; k <= m; k++) {
                byMonth[k] = tally.cityThrough(k, c);
                provinceByMonth[k] += byMonth[k];
            }
            report.city(line(plan, cities.get(c), plan.targetOf(cities.get(c)), byMonth, m));
        }
        report.province(line(plan, plan.province(), plan.provinceTarget(), provinceByMonth, m));
        long channelTotal = 0;
        long[] channelCounts = new long[Channel.values().length];
        for (Channel channel : Channel.values()) {
            channelCounts[channel.ordinal()] = tally.channelThrough(m, channel);
            channelTotal += channelCounts[channel.ordinal()];
        }
        for (Channel channel : Channel.values()) {
            report.channelShare(share(channel.code(), channelCounts[channel.ordinal()], plan.channelShareBase(),
                    channelTotal, plan));
        }
        List<CategorySubset> subsets = tally.subsets();
        for (int s = 0; s < subsets.size(); s++) {
            report.subsetShare(share(subsets.get(s).name(), tally.subsetThrough(s, m), subsets.get(s).base(),
                    channelTotal, plan));
        }
        return report.build();
    }

    private static Share share(String name, long count, ShareBase base, long channelTotal, TargetPlan plan) {
        long denominator = base == ShareBase.CHANNEL_TOTAL ? channelTotal : plan.provinceTarget();
        return new Share(name, count, base.label(), denominator);
    }

    /** One line; {@code byMonth[k]} is the cumulative count to the end of month k, for k = 1..m. */
    private static CityProgress line(TargetPlan plan, DivisionCode division, int target, int[] byMonth, int m) {
        int behind = 0;
        for (int k = 1; k <= m; k++) {
            behind = status(plan, target, byMonth[k], k) == ProgressStatus.BEHIND ? behind + 1 : 0;
        }
        Ratio expected = plan.curve().at(m);
        int achieved = byMonth[m];
        int expectedCount = ceiling(Ratio.of(target).times(expected));
        ProgressStatus status = status(plan, target, achieved, m);
        Ratio completion = target == 0 ? Ratio.ONE : Ratio.of(achieved, target);
        return new CityProgress(division, target, achieved, completion, expected, expectedCount,
                achieved - expectedCount, status, behind);
    }

    /**
     * Behind below target × (curve − tolerance), ahead above target × (curve + tolerance);
     * exact, so a fractional expected count is never rounded in the city's favour or against it.
     */
    static ProgressStatus status(TargetPlan plan, int target, int achieved, int month) {
        Ratio expected = Ratio.of(target).times(plan.curve().at(month));
        Ratio slack = Ratio.of(target).times(plan.tolerance());
        Ratio got = Ratio.of(achieved);
        if (got.compareTo(expected.minus(slack)) < 0) {
            return ProgressStatus.BEHIND;
        }
        if (got.compareTo(expected.plus(slack)) > 0) {
            return ProgressStatus.AHEAD;
        }
        return ProgressStatus.ON_SCHEDULE;
    }

    private static int ceiling(Ratio r) {
        BigInteger[] qr = r.numerator().divideAndRemainder(r.denominator());
        BigInteger q = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return q.intValueExact();
    }
}
