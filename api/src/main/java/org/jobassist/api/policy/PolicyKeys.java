package org.jobassist.api.policy;

import java.time.LocalDate;
import java.time.MonthDay;
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

    /**
     * How many months of social-insurance subsidy (社会保险补贴) a recognised person may enjoy
     * in all, employer and flexible subsidies together, when the retirement extension does not
     * apply. Read in whole months ({@link Period#toTotalMonths()}).
     */
    public static final PolicyKey<Period> SOCIAL_INSURANCE_SUBSIDY_DURATION =
            register(PolicyKey.duration("social-insurance.subsidy-duration"));
    /**
     * How close to statutory retirement a person must be at first approval for the
     * social-insurance subsidy to run until retirement instead of for the normal duration:
     * strictly less than this much left.
     */
    public static final PolicyKey<Period> SOCIAL_INSURANCE_RETIREMENT_EXTENSION_THRESHOLD =
            register(PolicyKey.duration("social-insurance.retirement-extension-threshold"));
    /**
     * The insurances whose employer-paid contributions the employer's social-insurance
     * subsidy (and a public welfare post's) covers: codes of
     * {@code org.jobassist.api.subsidy.InsuranceType} such as {@code pension},
     * {@code medical}, {@code unemployment}.
     */
    public static final PolicyKey<Set<String>> SOCIAL_INSURANCE_EMPLOYER_COVERED_INSURANCES =
            register(PolicyKey.codeSet("social-insurance.employer.covered-insurances"));
    /**
     * The shape of the flexible-employment social-insurance subsidy in a jurisdiction:
     * {@code capped-share} (a share of the contributions actually paid) or
     * {@code ratio-of-minimum-base} (a ratio of the contributions payable on the minimum base,
     * Dalian's variant).
     */
    public static final PolicyKey<String> SOCIAL_INSURANCE_FLEXIBLE_SHAPE =
            register(PolicyKey.text("social-insurance.flexible.shape"));
    /** The {@code capped-share} shape: the share of the contributions actually paid, at most. */
    public static final PolicyKey<Ratio> SOCIAL_INSURANCE_FLEXIBLE_CAP_RATIO =
            register(PolicyKey.ratio("social-insurance.flexible.cap-ratio"));
    /** The {@code ratio-of-minimum-base} shape: the ratio of the contributions payable on the minimum base. */
    public static final PolicyKey<Ratio> SOCIAL_INSURANCE_FLEXIBLE_MINIMUM_BASE_RATIO =
            register(PolicyKey.ratio("social-insurance.flexible.minimum-base-ratio"));
    /** The {@code ratio-of-minimum-base} shape: the pension base as a share of the previous year's average monthly wage. */
    public static final PolicyKey<Ratio> SOCIAL_INSURANCE_FLEXIBLE_PENSION_BASE_SHARE =
            register(PolicyKey.ratio("social-insurance.flexible.pension-base-share"));
    /** The {@code ratio-of-minimum-base} shape: the pension contribution rate on the minimum base. */
    public static final PolicyKey<Ratio> SOCIAL_INSURANCE_FLEXIBLE_PENSION_RATE =
            register(PolicyKey.ratio("social-insurance.flexible.pension-rate"));
    /** The {@code ratio-of-minimum-base} shape: the medical base as a share of the previous year's average monthly wage. */
    public static final PolicyKey<Ratio> SOCIAL_INSURANCE_FLEXIBLE_MEDICAL_BASE_SHARE =
            register(PolicyKey.ratio("social-insurance.flexible.medical-base-share"));
    /** The {@code ratio-of-minimum-base} shape: the medical contribution rate on the minimum base. */
    public static final PolicyKey<Ratio> SOCIAL_INSURANCE_FLEXIBLE_MEDICAL_RATE =
            register(PolicyKey.ratio("social-insurance.flexible.medical-rate"));
    /**
     * The previous year's average monthly wage (上年度社会平均工资, monthly) on which the
     * {@code ratio-of-minimum-base} shape computes the minimum bases; the value in force in a
     * month is the one that month's contributions use.
     */
    public static final PolicyKey<Money> SOCIAL_INSURANCE_FLEXIBLE_AVERAGE_MONTHLY_WAGE =
            register(PolicyKey.money("social-insurance.flexible.average-monthly-wage"));
    /**
     * How many months a placement in a public welfare post (公益性岗位) is subsidised when the
     * retirement extension does not apply. Read in whole months.
     */
    public static final PolicyKey<Period> PUBLIC_WELFARE_POST_DURATION =
            register(PolicyKey.duration("public-welfare-post.duration"));
    /**
     * How close to statutory retirement a person must be at the start of a placement for its
     * subsidy to run until retirement: strictly less than this much left.
     */
    public static final PolicyKey<Period> PUBLIC_WELFARE_POST_RETIREMENT_EXTENSION_THRESHOLD =
            register(PolicyKey.duration("public-welfare-post.retirement-extension-threshold"));
    /** How long a person must have left the previous post before being placed again. */
    public static final PolicyKey<Period> PUBLIC_WELFARE_POST_REPLACEMENT_GAP =
            register(PolicyKey.duration("public-welfare-post.replacement-gap"));
    /**
     * The special-hardship groups that may be placed in a public welfare post again: names of
     * {@code org.jobassist.api.subsidy.HardshipGroup} ({@code OLDER_UNEMPLOYED},
     * {@code ZERO_EMPLOYMENT_FAMILY_MEMBER}, {@code SEVERELY_DISABLED}).
     */
    public static final PolicyKey<Set<String>> PUBLIC_WELFARE_POST_REPLACEMENT_GROUPS =
            register(PolicyKey.codeSet("public-welfare-post.replacement-groups"));

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
     * The employer's share of the standard unemployment-insurance rate, before the phased
     * reduction; with {@link #UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE} it gives the employer's
     * saving.
     */
    public static final PolicyKey<Ratio> UNEMPLOYMENT_INSURANCE_STANDARD_EMPLOYER_RATE =
            register(PolicyKey.ratio("unemployment-insurance.rate.standard-employer"));
    /** The individual's share of the standard unemployment-insurance rate, before the phased reduction. */
    public static final PolicyKey<Ratio> UNEMPLOYMENT_INSURANCE_STANDARD_INDIVIDUAL_RATE =
            register(PolicyKey.ratio("unemployment-insurance.rate.standard-individual"));

    /**
     * The highest layoff rate (裁员率) with which a unit still gets the job-stabilisation refund
     * (失业保险稳岗返还): the national urban surveyed unemployment-rate control target.
     */
    public static final PolicyKey<Ratio> JOB_STABILISATION_LAYOFF_RATE_LIMIT =
            register(PolicyKey.ratio("job-stabilisation.layoff-rate-limit"));
    /** The insured headcount up to which a unit may have the higher small-employer layoff-rate limit. */
    public static final PolicyKey<Integer> JOB_STABILISATION_SMALL_EMPLOYER_HEADCOUNT =
            register(PolicyKey.count("job-stabilisation.small-employer-headcount"));
    /** The layoff-rate limit of a unit with at most the small-employer headcount. */
    public static final PolicyKey<Ratio> JOB_STABILISATION_SMALL_EMPLOYER_LAYOFF_RATE_LIMIT =
            register(PolicyKey.ratio("job-stabilisation.small-employer-layoff-rate-limit"));
    /**
     * How the two layoff-rate methods combine: {@code ANY} (the unit passes when either
     * method's rate is within the limit) or {@code ALL} (both must be).
     */
    public static final PolicyKey<String> JOB_STABILISATION_LAYOFF_RATE_RULE =
            register(PolicyKey.text("job-stabilisation.layoff-rate-rule"));
    /** The least months of full unemployment-insurance contributions a refunded unit needs (0: no test). */
    public static final PolicyKey<Integer> JOB_STABILISATION_MIN_FULL_CONTRIBUTION_MONTHS =
            register(PolicyKey.count("job-stabilisation.min-full-contribution-months"));
    /** The share of the previous year's premiums refunded to a large enterprise. */
    public static final PolicyKey<Ratio> JOB_STABILISATION_REFUND_RATIO_LARGE =
            register(PolicyKey.ratio("job-stabilisation.refund-ratio.large"));
    /** The share of the previous year's premiums refunded to an SME or a unit that counts as one. */
    public static final PolicyKey<Ratio> JOB_STABILISATION_REFUND_RATIO_SME =
            register(PolicyKey.ratio("job-stabilisation.refund-ratio.sme"));

    /** The work-for-training subsidy (以工代训补贴) per trainee and month. */
    public static final PolicyKey<Money> WORK_FOR_TRAINING_MONTHLY_AMOUNT =
            register(PolicyKey.money("work-for-training.monthly-amount"));
    /** The most months of work-for-training subsidy per trainee. */
    public static final PolicyKey<Integer> WORK_FOR_TRAINING_MAX_MONTHS =
            register(PolicyKey.count("work-for-training.max-months"));
    /** The last day on which work-for-training applications are accepted. */
    public static final PolicyKey<LocalDate> WORK_FOR_TRAINING_APPLICATION_DEADLINE =
            register(PolicyKey.date("work-for-training.application-deadline"));
    /** How long after graduation a newly hired graduate still counts as a recent graduate. */
    public static final PolicyKey<Period> WORK_FOR_TRAINING_GRADUATE_WINDOW =
            register(PolicyKey.duration("work-for-training.graduate-window"));
    /**
     * The sectors whose enterprises qualify for work-for-training whatever their size (names of
     * {@code org.jobassist.api.subsidy.WorkForTrainingSector}).
     */
    public static final PolicyKey<Set<String>> WORK_FOR_TRAINING_SECTORS =
            register(PolicyKey.codeSet("work-for-training.sectors"));

    /** The one-time start-up subsidy (一次性创业补贴); a local amount, unknown for Liaoning. */
    public static final PolicyKey<Money> START_UP_AMOUNT = register(PolicyKey.money("start-up.amount"));
    /** The one-time hiring subsidy (一次性吸纳就业补贴) per person hired; a local amount, unknown for Liaoning. */
    public static final PolicyKey<Money> HIRING_AMOUNT = register(PolicyKey.money("hiring.amount"));

    /** The largest principal of an individual's business-start guarantee loan (创业担保贷款) that is subsidised. */
    public static final PolicyKey<Money> GUARANTEE_LOAN_MAX_PRINCIPAL_INDIVIDUAL =
            register(PolicyKey.money("guarantee-loan.max-principal.individual"));
    /** The largest principal of a small or micro enterprise's guarantee loan that is subsidised. */
    public static final PolicyKey<Money> GUARANTEE_LOAN_MAX_PRINCIPAL_ENTERPRISE =
            register(PolicyKey.money("guarantee-loan.max-principal.enterprise"));
    /** The longest subsidised term of an individual's guarantee loan. */
    public static final PolicyKey<Period> GUARANTEE_LOAN_MAX_TERM_INDIVIDUAL =
            register(PolicyKey.duration("guarantee-loan.max-term.individual"));
    /** The longest subsidised term of a small or micro enterprise's guarantee loan. */
    public static final PolicyKey<Period> GUARANTEE_LOAN_MAX_TERM_ENTERPRISE =
            register(PolicyKey.duration("guarantee-loan.max-term.enterprise"));
    /**
     * How far below the loan prime rate the borrower's own rate is capped (150 bp: the borrower
     * pays at most LPR − 1.5%; public funds pay the rest).
     */
    public static final PolicyKey<Ratio> GUARANTEE_LOAN_BORROWER_MARGIN_BELOW_LPR =
            register(PolicyKey.ratio("guarantee-loan.borrower-margin-below-lpr"));

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
     * The vocational training subsidy (职业培训补贴) paid per recognised certificate; a local
     * amount, unknown for Liaoning.
     */
    public static final PolicyKey<Money> VOCATIONAL_TRAINING_AMOUNT =
            register(PolicyKey.money("vocational-training.amount"));
    /**
     * The skill-upgrade subsidy (技能提升补贴) for a level-5 (初级工) certificate: Liaoning's
     * ceiling, paid in full.
     */
    public static final PolicyKey<Money> SKILL_UPGRADE_AMOUNT_LEVEL_5 =
            register(PolicyKey.money("skill-upgrade.amount.level-5"));
    /** The skill-upgrade subsidy for a level-4 (中级工) certificate. */
    public static final PolicyKey<Money> SKILL_UPGRADE_AMOUNT_LEVEL_4 =
            register(PolicyKey.money("skill-upgrade.amount.level-4"));
    /** The skill-upgrade subsidy for a level-3 (高级工) certificate. */
    public static final PolicyKey<Money> SKILL_UPGRADE_AMOUNT_LEVEL_3 =
            register(PolicyKey.money("skill-upgrade.amount.level-3"));
    /**
     * The one-time job-search subsidy (一次性求职创业补贴) per graduate; a local amount, set for
     * Dalian only.
     */
    public static final PolicyKey<Money> JOB_SEARCH_AMOUNT = register(PolicyKey.money("job-search.amount"));

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

    /**
     * The service standard (服务标准): the yearly minimum of career guidance (职业指导) offered
     * to each assisted person. Configurable; the Employment Assistance Month's common standard
     * says at least 1.
     */
    public static final PolicyKey<Integer> SERVICE_STANDARD_CAREER_GUIDANCE =
            register(PolicyKey.count("service.standard.career-guidance"));
    /** The service standard's yearly minimum of job recommendations (岗位推荐); default 3. */
    public static final PolicyKey<Integer> SERVICE_STANDARD_JOB_REFERRAL =
            register(PolicyKey.count("service.standard.job-referral"));
    /** The service standard's yearly minimum of training offers (培训机会); default 1. */
    public static final PolicyKey<Integer> SERVICE_STANDARD_TRAINING =
            register(PolicyKey.count("service.standard.training"));
    /**
     * The points of the skills overlap in a job-matching score (人岗匹配): earned in full when
     * the vacancy requires at least {@link #SERVICE_MATCH_SKILLS_COUNTED} skills the person
     * holds; see {@code org.jobassist.api.service.match.MatchWeights}.
     */
    public static final PolicyKey<Integer> SERVICE_MATCH_WEIGHT_SKILLS =
            register(PolicyKey.count("service.match.weight.skills"));
    /** The points of the district preference in a job-matching score. */
    public static final PolicyKey<Integer> SERVICE_MATCH_WEIGHT_DISTRICT =
            register(PolicyKey.count("service.match.weight.district"));
    /** The points of the wage against the person's expectation in a job-matching score. */
    public static final PolicyKey<Integer> SERVICE_MATCH_WEIGHT_WAGE =
            register(PolicyKey.count("service.match.weight.wage"));
    /** The points of the person's stated willingness in a job-matching score. */
    public static final PolicyKey<Integer> SERVICE_MATCH_WEIGHT_WILLINGNESS =
            register(PolicyKey.count("service.match.weight.willingness"));
    /** How many required skills held by the person earn the full skills points, at least 1. */
    public static final PolicyKey<Integer> SERVICE_MATCH_SKILLS_COUNTED =
            register(PolicyKey.count("service.match.skills-counted"));
    /**
     * The commute limit in metres of a person whose needs profile states none: farther
     * vacancies fail the hard filter {@code match.too-far}.
     */
    public static final PolicyKey<Integer> SERVICE_MATCH_DEFAULT_MAX_COMMUTE_METRES =
            register(PolicyKey.count("service.match.default-max-commute-metres"));
    /** The first day of the yearly Employment Assistance Month (就业援助月), as a month-day. */
    public static final PolicyKey<MonthDay> SERVICE_CAMPAIGN_START =
            register(PolicyKey.monthDay("service.campaign.start"));
    /**
     * The last day of the Employment Assistance Month, as a month-day; when it falls before
     * the start in the calendar, it is in the next year.
     */
    public static final PolicyKey<MonthDay> SERVICE_CAMPAIGN_END =
            register(PolicyKey.monthDay("service.campaign.end"));

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
