package org.jobassist.impl.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.PlanReport;
import org.jobassist.api.service.PlanStatus;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServicePlan;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.service.ServiceStandard;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.time.DateRange;

/**
 * Service plans against the pack's standard: the standard in force, what counts towards it,
 * the status of one plan and the report of an area. Stateless and thread-safe.
 */
public final class PlanEngine {

    private PlanEngine() {}

    /**
     * The standard in force in {@code area} on 1 January of {@code year}.
     *
     * @param pack the pack
     * @param area the division whose values apply
     * @param year the year
     * @return the standard
     */
    public static ServiceStandard standard(PolicyPack pack, DivisionCode area, int year) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(area, "area");
        LocalDate start = LocalDate.of(checkYear(year), 1, 1);
        Map<ServiceActionKind, Integer> minimums = new EnumMap<>(ServiceActionKind.class);
        minimums.put(ServiceActionKind.CAREER_GUIDANCE,
                pack.resolve(PolicyKeys.SERVICE_STANDARD_CAREER_GUIDANCE, area, start).value());
        minimums.put(ServiceActionKind.JOB_REFERRAL,
                pack.resolve(PolicyKeys.SERVICE_STANDARD_JOB_REFERRAL, area, start).value());
        minimums.put(ServiceActionKind.TRAINING, pack.resolve(PolicyKeys.SERVICE_STANDARD_TRAINING, area, start).value());
        return ServiceStandard.of(minimums);
    }

    private static int checkYear(int year) {
        if (year < 1900 || year > 9999) {
            throw new InvalidInputException(new Violation("year", "plan.year", "a plan year is 1900 to 9999"));
        }
        return year;
    }

    /**
     * The services of {@code person} that count towards a plan of {@code asOf}'s year, from 1
     * January to {@code asOf}: service records not of kind {@code JOB_REFERRAL} whose outcome
     * is not {@code NO_ANSWER}, and, as {@code JOB_REFERRAL}, referrals whose outcome is not
     * {@code NO_ANSWER}.
     *
     * @param person the person
     * @param asOf the day
     * @param records the service records
     * @param referrals the referrals
     * @return the count per kind
     */
    public static Map<ServiceActionKind, Integer> counted(PersonId person, LocalDate asOf, ServiceRecordStore records,
            ReferralStore referrals) {
        DateRange period = DateRange.of(LocalDate.of(asOf.getYear(), 1, 1), asOf);
        Map<ServiceActionKind, Integer> counts = new EnumMap<>(ServiceActionKind.class);
        for (ServiceRecord r : records.byPerson(person, period)) {
            // A recommendation is counted from the referral store, so one recorded both ways counts once.
            if (r.kind() != ServiceActionKind.JOB_REFERRAL && r.outcome() != ServiceOutcome.NO_ANSWER) {
                counts.merge(r.kind(), 1, Integer::sum);
            }
        }
        for (Referral r : referrals.byPerson(person)) {
            if (period.contains(r.date()) && r.outcome() != ReferralOutcome.NO_ANSWER) {
                counts.merge(ServiceActionKind.JOB_REFERRAL, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The status of {@code plan} on {@code asOf}.
     *
     * @param plan the plan
     * @param asOf a day of the plan's year
     * @param records the service records
     * @param referrals the referrals
     * @return the status
     */
    public static PlanStatus status(ServicePlan plan, LocalDate asOf, ServiceRecordStore records,
            ReferralStore referrals) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(referrals, "referrals");
        if (asOf.getYear() != plan.year()) {
            throw new InvalidInputException(new Violation("asOf", "plan-status.as-of", "the day is in the plan's year"));
        }
        return PlanStatus.of(plan, asOf, counted(plan.person(), asOf, records, referrals));
    }

    /**
     * The statuses of the plans of every person with a needs profile in force in {@code area}
     * on {@code asOf}, each against the standard of the person's county, sorted by person.
     *
     * @param pack the pack
     * @param area the area
     * @param asOf the day
     * @param profiles the profiles
     * @param records the service records
     * @param referrals the referrals
     * @return the statuses
     */
    public static List<PlanStatus> statuses(PolicyPack pack, DivisionCode area, LocalDate asOf,
            NeedsProfileStore profiles, ServiceRecordStore records, ReferralStore referrals) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(referrals, "referrals");
        checkYear(asOf.getYear());
        List<NeedsProfile> people = new ArrayList<>();
        profiles.forEachInForce(area, asOf, people::add);
        people.sort((a, b) -> a.person().compareTo(b.person()));
        Map<DivisionCode, ServiceStandard> standards = new TreeMap<>();
        List<PlanStatus> statuses = new ArrayList<>(people.size());
        for (NeedsProfile p : people) {
            DivisionCode county = p.street().county();
            ServiceStandard standard = standards.computeIfAbsent(county, c -> standard(pack, c, asOf.getYear()));
            statuses.add(status(new ServicePlan(p.person(), asOf.getYear(), standard), asOf, records, referrals));
        }
        return List.copyOf(statuses);
    }

    /**
     * The report of {@code area} on {@code asOf}.
     *
     * @param pack the pack
     * @param area the area
     * @param asOf the day
     * @param profiles the profiles
     * @param records the service records
     * @param referrals the referrals
     * @return the report
     */
    public static PlanReport report(PolicyPack pack, DivisionCode area, LocalDate asOf, NeedsProfileStore profiles,
            ServiceRecordStore records, ReferralStore referrals) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(referrals, "referrals");
        checkYear(asOf.getYear());
        List<NeedsProfile> people = new ArrayList<>();
        profiles.forEachInForce(area, asOf, people::add);
        Map<DivisionCode, int[]> byDistrict = new TreeMap<>();
        Map<ServiceActionKind, Integer> missing = new EnumMap<>(ServiceActionKind.class);
        Map<DivisionCode, ServiceStandard> standards = new TreeMap<>();
        for (NeedsProfile p : people) {
            DivisionCode county = p.street().county();
            ServiceStandard standard = standards.computeIfAbsent(county, c -> standard(pack, c, asOf.getYear()));
            PlanStatus s = status(new ServicePlan(p.person(), asOf.getYear(), standard), asOf, records, referrals);
            int[] counts = byDistrict.computeIfAbsent(county, c -> new int[2]);
            counts[0]++;
            if (s.complete()) {
                counts[1]++;
            }
            for (PlanStatus.Line line : s.lines()) {
                missing.merge(line.kind(), line.missing(), Integer::sum);
            }
        }
        List<PlanReport.Line> lines = new ArrayList<>();
        byDistrict.forEach((d, c) -> lines.add(new PlanReport.Line(d, c[0], c[1])));
        return new PlanReport(area, asOf, lines, missing);
    }
}
