package org.jobassist.impl;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.PlanReport;
import org.jobassist.api.service.PlanStatus;
import org.jobassist.api.service.ServicePlan;
import org.jobassist.api.service.ServiceStandard;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.impl.internal.service.PlanEngine;

/**
 * Service plans (服务计划) against the pack's service standard (服务标准): each person with a
 * needs profile is to be offered, every year, at least the standard's number of services of
 * each kind — by default (keys {@code service.standard.*}) 1 career guidance, 3 job
 * recommendations and 1 training offer.
 *
 * <p>What counts, from 1 January to the day asked: a service record counts towards its kind
 * unless its outcome is {@code NO_ANSWER} (a service refused was still offered: the refusal
 * counts towards the refused-services exit instead); job recommendations are counted from the
 * referral store, every referral unless its outcome is {@code NO_ANSWER}, and service records of
 * kind {@code JOB_REFERRAL} are history only, so that a recommendation recorded both ways is
 * counted once.
 *
 * <p>The standard of a plan is the one in force on 1 January of its year in the person's
 * county (the county of the street of the profile in force).
 *
 * <p>Error codes: {@code plan.year} (a year outside 1900 to 9999), {@code plan-status.as-of}
 * (a day outside the plan's year), and {@code policy.value-unknown} from the pack.
 *
 * <p>Stateless and thread-safe; the stores keep their own contracts.
 */
public final class ServicePlans {

    private ServicePlans() {}

    /**
     * The standard in force in {@code area} on 1 January of {@code year}.
     *
     * @param pack the policy pack
     * @param area the division whose values apply, usually the person's county
     * @param year the year
     * @return the standard
     * @throws InvalidInputException {@code plan.year}
     * @throws PolicyValueUnavailableException if the pack has no value for the year (the
     *     Liaoning pack's values start on 2021-01-01)
     * @throws NullPointerException if an argument is null
     */
    public static ServiceStandard standard(PolicyPack pack, DivisionCode area, int year) {
        return PlanEngine.standard(pack, area, year);
    }

    /**
     * The plan of {@code person} for {@code year} under the standard of {@code residence}.
     *
     * @param pack the policy pack
     * @param person the person
     * @param residence the person's county
     * @param year the year
     * @return the plan
     * @throws InvalidInputException {@code plan.year}
     * @throws PolicyValueUnavailableException if the pack has no value for the year
     * @throws NullPointerException if an argument is null
     */
    public static ServicePlan plan(PolicyPack pack, PersonId person, DivisionCode residence, int year) {
        return new ServicePlan(person, year, standard(pack, residence, year));
    }

    /**
     * Where {@code plan} stands on {@code asOf}: per required kind, required, counted and
     * missing.
     *
     * @param plan the plan
     * @param asOf a day of the plan's year
     * @param records the service records
     * @param referrals the referrals
     * @return the status
     * @throws InvalidInputException {@code plan-status.as-of}
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    public static PlanStatus status(ServicePlan plan, LocalDate asOf, ServiceRecordStore records,
            ReferralStore referrals) {
        return PlanEngine.status(plan, asOf, records, referrals);
    }

    /**
     * The status on {@code asOf} of the plan of every person whose needs profile in force lives
     * within {@code area}, sorted by person.
     *
     * @param pack the policy pack
     * @param area the province, a city or a county
     * @param asOf the day
     * @param profiles the needs profiles
     * @param records the service records
     * @param referrals the referrals
     * @return an immutable list
     * @throws InvalidInputException {@code plan.year}
     * @throws PolicyValueUnavailableException if the pack has no value for the year
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    public static List<PlanStatus> statuses(PolicyPack pack, DivisionCode area, LocalDate asOf,
            NeedsProfileStore profiles, ServiceRecordStore records, ReferralStore referrals) {
        return PlanEngine.statuses(pack, area, asOf, profiles, records, referrals);
    }

    /**
     * The plan status report of {@code area} on {@code asOf}: per district, the people with a
     * plan and those whose plan is complete; the totals; the services missing per kind.
     *
     * @param pack the policy pack
     * @param area the province, a city or a county
     * @param asOf the day
     * @param profiles the needs profiles
     * @param records the service records
     * @param referrals the referrals
     * @return the report
     * @throws InvalidInputException {@code plan.year}
     * @throws PolicyValueUnavailableException if the pack has no value for the year
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    public static PlanReport report(PolicyPack pack, DivisionCode area, LocalDate asOf, NeedsProfileStore profiles,
            ServiceRecordStore records, ReferralStore referrals) {
        return PlanEngine.report(pack, area, asOf, profiles, records, referrals);
    }
}
