package org.jobassist.api.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;

/**
 * The catalogue of policy keys the library knows. A pack document may only use these names,
 * so that a misspelt key fails when the pack loads rather than when a value is first asked
 * for.
 *
 * <p>To add a key, declare one more constant with {@code register(...)}; nothing else needs
 * changing. Thread-safe: the catalogue is fixed once the class is initialised.
 */
public final class PolicyKeys {

    /** Filled only by the constant initialisers below, so it must be declared first. */
    private static final Map<String, PolicyKey<?>> CATALOGUE = new LinkedHashMap<>();

    /** Liaoning minimum wage (最低工资), tier 1, monthly. */
    public static final PolicyKey<Money> MINIMUM_WAGE_TIER_1 = register(PolicyKey.money("minimum-wage.tier-1"));
    /** Liaoning minimum wage, tier 2, monthly. */
    public static final PolicyKey<Money> MINIMUM_WAGE_TIER_2 = register(PolicyKey.money("minimum-wage.tier-2"));
    /** Liaoning minimum wage, tier 3, monthly. */
    public static final PolicyKey<Money> MINIMUM_WAGE_TIER_3 = register(PolicyKey.money("minimum-wage.tier-3"));
    /** Liaoning minimum wage, tier 4, monthly. */
    public static final PolicyKey<Money> MINIMUM_WAGE_TIER_4 = register(PolicyKey.money("minimum-wage.tier-4"));
    /**
     * The monthly minimum wage applied in a city or county, the local minimum wage that sets
     * the public-welfare-post subsidy.
     */
    public static final PolicyKey<Money> MINIMUM_WAGE_MONTHLY = register(PolicyKey.money("minimum-wage.monthly"));

    /** The standard total unemployment-insurance rate, before the phased reduction. */
    public static final PolicyKey<Ratio> UNEMPLOYMENT_INSURANCE_STANDARD_TOTAL_RATE =
            register(PolicyKey.ratio("unemployment-insurance.rate.standard-total"));
    /** The reduced total unemployment-insurance rate (阶段性降低失业保险费率). */
    public static final PolicyKey<Ratio> UNEMPLOYMENT_INSURANCE_REDUCED_TOTAL_RATE =
            register(PolicyKey.ratio("unemployment-insurance.rate.reduced-total"));
    /** The employer's share of the applied unemployment-insurance rate. */
    public static final PolicyKey<Ratio> UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE =
            register(PolicyKey.ratio("unemployment-insurance.rate.employer"));
    /** The individual's share of the applied unemployment-insurance rate. */
    public static final PolicyKey<Ratio> UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE =
            register(PolicyKey.ratio("unemployment-insurance.rate.individual"));

    /**
     * How long after registration one member of a zero-employment family must be placed in a
     * job (零就业家庭动态清零).
     */
    public static final PolicyKey<Period> ZERO_EMPLOYMENT_CLEARING_DEADLINE =
            register(PolicyKey.duration("zero-employment-family.clearing-deadline"));
    /** The least number of working-age members, all without work, of a zero-employment family. */
    public static final PolicyKey<Integer> ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS =
            register(PolicyKey.count("zero-employment-family.min-working-age-members"));
    /** The age in full years from which a family member is of working age for the zero-employment test. */
    public static final PolicyKey<Integer> ZERO_EMPLOYMENT_WORKING_AGE_FROM =
            register(PolicyKey.count("zero-employment-family.working-age-from"));
    /**
     * Who is not counted as a working-age member of a zero-employment family although of
     * working age: codes {@code PAST_RETIREMENT}, {@code IN_SCHOOL}, {@code ACTIVE_SERVICE}
     * (the names of {@code org.jobassist.api.family.ExclusionReason}).
     */
    public static final PolicyKey<Set<String>> ZERO_EMPLOYMENT_NOT_WORKING_AGE =
            register(PolicyKey.codeSet("zero-employment-family.not-working-age"));

    /** The day the category list of people with employment difficulties went from 8 to 10. */
    public static final PolicyKey<LocalDate> CATEGORY_ADJUSTMENT_DATE =
            register(PolicyKey.date("category.adjustment-date"));
    /** How close to statutory retirement a registered unemployed person must be (category 3). */
    public static final PolicyKey<Period> CATEGORY_NEAR_RETIREMENT_WINDOW =
            register(PolicyKey.duration("category.near-retirement-window"));
    /**
     * The division codes of the provincial key rural-revitalisation assisted counties
     * (省级乡村振兴重点帮扶县), which categories 9 and 10 require.
     */
    public static final PolicyKey<Set<String>> CATEGORY_KEY_ASSISTED_COUNTIES =
            register(PolicyKey.codeSet("category.key-assisted-counties"));

    /**
     * How long a recognition holds before its periodic review (复核周期). Assumption: no
     * Liaoning rule was found; the Liaoning pack says one year.
     */
    public static final PolicyKey<Period> CATEGORY_REVIEW_INTERVAL =
            register(PolicyKey.duration("category.review-interval"));
    /**
     * The exit reasons in force (names of {@code org.jobassist.api.category.ExitReason});
     * provisional, after Guangdong's 粤人社规〔2019〕7号.
     */
    public static final PolicyKey<Set<String>> CATEGORY_EXIT_ACTIVE_REASONS =
            register(PolicyKey.codeSet("category.exit.active-reasons"));
    /** How many refusals of public employment services within the window end a recognition. */
    public static final PolicyKey<Integer> CATEGORY_EXIT_REFUSAL_THRESHOLD =
            register(PolicyKey.count("category.exit.refusal-threshold"));
    /** The window in which refusals of services are counted, ending on the exit date. */
    public static final PolicyKey<Period> CATEGORY_EXIT_REFUSAL_WINDOW =
            register(PolicyKey.duration("category.exit.refusal-window"));
    /** How long a person must have been out of contact, more than which ends a recognition. */
    public static final PolicyKey<Period> CATEGORY_EXIT_UNREACHABLE_AFTER =
            register(PolicyKey.duration("category.exit.unreachable-after"));

    /**
     * How many public-welfare-post placements (公益性岗位安置) one person may have in all; a
     * placement is one grant reference in the entitlement ledger.
     */
    public static final PolicyKey<Integer> PUBLIC_WELFARE_POST_MAX_PLACEMENTS =
            register(PolicyKey.count("public-welfare-post.max-placements"));
    /**
     * How many vocational training subsidies (职业培训补贴) one person may receive; each
     * certificate paid is one grant reference in the entitlement ledger.
     */
    public static final PolicyKey<Integer> VOCATIONAL_TRAINING_MAX_SUBSIDIES =
            register(PolicyKey.count("vocational-training.max-subsidies"));

    private PolicyKeys() {}

    private static <T> PolicyKey<T> register(PolicyKey<T> key) {
        if (CATALOGUE.putIfAbsent(key.name(), key) != null) {
            throw new IllegalStateException("policy key registered twice: " + key.name());
        }
        return key;
    }

    /**
     * The key with this name.
     *
     * @param name the key's name, such as {@code minimum-wage.monthly}
     * @return the key, or empty if the catalogue has none of that name
     * @throws NullPointerException if {@code name} is null
     */
    public static Optional<PolicyKey<?>> find(String name) {
        return Optional.ofNullable(CATALOGUE.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Every key in the catalogue, in declaration order.
     *
     * @return an unmodifiable list
     */
    public static List<PolicyKey<?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(CATALOGUE.values()));
    }
}
