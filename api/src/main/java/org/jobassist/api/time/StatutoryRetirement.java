package org.jobassist.api.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;

/**
 * Statutory retirement (法定退休) as the law in force on a given date sets it, before and
 * after the 2024 reform (渐进式延迟法定退休年龄).
 *
 * <p><b>The law in force on the date asked.</b> Every method takes an {@code asOf} date. For
 * a date before {@link #REFORM_EFFECTIVE_DATE} (2025-01-01) the answer follows the rules then
 * in force: men 60, women cadres 55, women workers 50, with no delay
 * ({@link #PRE_REFORM_WORKERS}, {@link #PRE_REFORM_CADRES}). So "is this person within 5
 * years of retirement on 2021-06-30?" gets the answer an official would have given that day.
 * From 2025-01-01 on, the reform applies ({@link #REFORM_DECISION},
 * {@link #REFORM_MEASURES}).
 *
 * <p><b>The reform's rule</b>, which reproduces every official example: let O be the original
 * retirement month, the birth month plus the original age. If O is before 2025-01 there is no
 * delay. Otherwise let k be the number of months from 2025-01 to O (2025-01 gives 0); the
 * delay is {@code min(cap, k / step + 1)} months (integer division), with step 4 and cap 36
 * for {@link RetirementClass#MALE_60} and {@link RetirementClass#FEMALE_CADRE_55}, step 2 and
 * cap 60 for {@link RetirementClass#FEMALE_WORKER_50}. The retirement month is O plus the
 * delay. All these numbers are the constants of this class.
 *
 * <p><b>Retirement date.</b> The law and the official tables give a retirement
 * <em>month</em>. Where a day is needed, this class takes the day the person attains the
 * retirement age: the birthday (same day of the month) in the retirement month, or that
 * month's last day when it is shorter (born on 31 May, retiring in a June: 30 June; born on
 * 29 February, retiring in a common year's February: 28 February). Ages in Chinese law are
 * full years attained on the birthday (周岁), so this is the first day on which the person is
 * of retirement age; it always lies in the retirement month. The pension itself usually
 * starts the following month, which is a matter for pension administration, not for the age.
 *
 * <p>Computations run on month numbers and allocate nothing but the returned value.
 * Stateless and thread-safe.
 */
public final class StatutoryRetirement {

    /** The day the 2024 reform took effect: 2025-01-01. */
    public static final LocalDate REFORM_EFFECTIVE_DATE = LocalDate.of(2025, 1, 1);

    /** The first month whose original retirements are delayed: 2025-01. */
    public static final YearMonth REFORM_FIRST_MONTH = YearMonth.of(2025, 1);

    /** Original statutory retirement age of men, years. */
    public static final int MALE_ORIGINAL_AGE_YEARS = 60;

    /** Original statutory retirement age of women cadres, years. */
    public static final int FEMALE_CADRE_ORIGINAL_AGE_YEARS = 55;

    /** Original statutory retirement age of women workers, years. */
    public static final int FEMALE_WORKER_ORIGINAL_AGE_YEARS = 50;

    /** Reform: one month of delay per this many months, for men and original-55 women. */
    public static final int MALE_AND_FEMALE_CADRE_DELAY_STEP_MONTHS = 4;

    /** Reform: the largest delay for men and original-55 women (to 63 and 58), months. */
    public static final int MALE_AND_FEMALE_CADRE_DELAY_CAP_MONTHS = 36;

    /** Reform: one month of delay per this many months, for original-50 women. */
    public static final int FEMALE_WORKER_DELAY_STEP_MONTHS = 2;

    /** Reform: the largest delay for original-50 women (to 55), months. */
    public static final int FEMALE_WORKER_DELAY_CAP_MONTHS = 60;

    /**
     * The NPC Standing Committee's decision of 2024-09-13 (14th NPCSC, 11th session), in
     * force 2025-01-01: raise the ages over 15 years to 63, 58 and 55, and approve the State
     * Council's measures. It has no issuing number, so it is identified by body and date.
     */
    public static final LegalBasis REFORM_DECISION = LegalBasis.of("全国人大常委会2024年9月13日决定",
            "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定",
            "Decision of the Standing Committee of the National People's Congress on Implementing the"
                    + " Gradual Raising of the Statutory Retirement Age",
            REFORM_EFFECTIVE_DATE);

    /**
     * The State Council's measures approved by {@link #REFORM_DECISION} (its item 4): the
     * month-by-month schedule (one month every 4 months, or every 2 months for original-50
     * women) and the tables that give the examples. Published with the decision, without an
     * issuing number of its own.
     */
    public static final LegalBasis REFORM_MEASURES = LegalBasis.of("全国人大常委会2024年9月13日批准",
            "国务院关于渐进式延迟法定退休年龄的办法",
            "Measures of the State Council on the Gradual Raising of the Statutory Retirement Age",
            REFORM_EFFECTIVE_DATE);

    /**
     * The pre-reform ages of workers, men 60 and women 50 (article 1), in force until
     * 2024-12-31 as far as the ages are concerned.
     */
    public static final LegalBasis PRE_REFORM_WORKERS = LegalBasis.of("国发〔1978〕104号",
            "国务院关于工人退休、退职的暂行办法",
            "Interim Measures of the State Council on the Retirement and Resignation of Workers")
            .withArticle("1");

    /**
     * The pre-reform ages of cadres, men 60 and women 55, in force until 2024-12-31 as far as
     * the ages are concerned.
     */
    public static final LegalBasis PRE_REFORM_CADRES = LegalBasis.of("国发〔1978〕104号",
            "国务院关于安置老弱病残干部的暂行办法",
            "Interim Measures of the State Council on the Placement of Old, Weak, Sick and Disabled Cadres");

    private static final long REFORM_FIRST_EPOCH_MONTH = epochMonth(2025, 1);

    private StatutoryRetirement() {}

    /**
     * Whether the 2024 reform is the law on {@code asOf}.
     *
     * @param asOf the date the question is asked
     * @return true on and after {@link #REFORM_EFFECTIVE_DATE}
     * @throws NullPointerException if {@code asOf} is null
     */
    public static boolean isReformInForce(LocalDate asOf) {
        return !asOf.isBefore(REFORM_EFFECTIVE_DATE);
    }

    /**
     * The statutory retirement month.
     *
     * @param birthMonth the month of birth
     * @param retirementClass the person's class
     * @param asOf the date the question is asked; selects the law in force
     * @return the month in which the person reaches statutory retirement age
     * @throws NullPointerException if an argument is null
     * @throws DateTimeException if the result is beyond the supported years
     */
    public static YearMonth retirementMonth(YearMonth birthMonth, RetirementClass retirementClass, LocalDate asOf) {
        long m = retirementEpochMonth(epochMonth(birthMonth.getYear(), birthMonth.getMonthValue()),
                retirementClass, isReformInForce(asOf));
        return YearMonth.of(Math.toIntExact(Math.floorDiv(m, 12L)), (int) Math.floorMod(m, 12L) + 1);
    }

    /**
     * The statutory retirement month.
     *
     * @param birthDate the date of birth
     * @param retirementClass the person's class
     * @param asOf the date the question is asked; selects the law in force
     * @return the month in which the person reaches statutory retirement age
     * @throws NullPointerException if an argument is null
     * @throws DateTimeException if the result is beyond the supported years
     */
    public static YearMonth retirementMonth(LocalDate birthDate, RetirementClass retirementClass, LocalDate asOf) {
        return retirementMonth(YearMonth.from(birthDate), retirementClass, asOf);
    }

    /**
     * The statutory retirement age, in years and months.
     *
     * @param birthMonth the month of birth
     * @param retirementClass the person's class
     * @param asOf the date the question is asked; selects the law in force
     * @return the age, for example {@code 60y3m}
     * @throws NullPointerException if an argument is null
     */
    public static RetirementAge retirementAge(YearMonth birthMonth, RetirementClass retirementClass, LocalDate asOf) {
        return RetirementAge.ofMonths(ageMonths(epochMonth(birthMonth.getYear(), birthMonth.getMonthValue()),
                retirementClass, isReformInForce(asOf)));
    }

    /**
     * The statutory retirement age, in years and months.
     *
     * @param birthDate the date of birth
     * @param retirementClass the person's class
     * @param asOf the date the question is asked; selects the law in force
     * @return the age, for example {@code 60y3m}
     * @throws NullPointerException if an argument is null
     */
    public static RetirementAge retirementAge(LocalDate birthDate, RetirementClass retirementClass, LocalDate asOf) {
        return retirementAge(YearMonth.from(birthDate), retirementClass, asOf);
    }

    /**
     * The statutory retirement date: the birthday in the retirement month, or the month's last
     * day if it is shorter (see the class javadoc for why).
     *
     * @param birthDate the date of birth
     * @param retirementClass the person's class
     * @param asOf the date the question is asked; selects the law in force
     * @return the first day on which the person is of statutory retirement age
     * @throws NullPointerException if an argument is null
     * @throws DateTimeException if the result is beyond the supported years
     */
    public static LocalDate retirementDate(LocalDate birthDate, RetirementClass retirementClass, LocalDate asOf) {
        return birthDate.plusMonths(ageMonths(birthEpochMonth(birthDate), retirementClass, isReformInForce(asOf)));
    }

    /**
     * Whether the person is of statutory retirement age on {@code asOf}, under the law in
     * force that day.
     *
     * @param birthDate the date of birth
     * @param retirementClass the person's class
     * @param asOf the date asked about
     * @return true on and after the retirement date
     * @throws NullPointerException if an argument is null
     */
    public static boolean hasReachedRetirement(LocalDate birthDate, RetirementClass retirementClass, LocalDate asOf) {
        int age = ageMonths(birthEpochMonth(birthDate), retirementClass, isReformInForce(asOf));
        return isOnOrAfter(asOf, birthDate, age, age);
    }

    /**
     * The calendar months left until the retirement month, counted from the month of
     * {@code asOf}: 1 in the month before the retirement month, 0 in the retirement month and
     * after.
     *
     * @param birthDate the date of birth
     * @param retirementClass the person's class
     * @param asOf the date asked about; selects the law in force
     * @return the months remaining, never negative
     * @throws NullPointerException if an argument is null
     */
    public static long monthsRemaining(LocalDate birthDate, RetirementClass retirementClass, LocalDate asOf) {
        long retirement = retirementEpochMonth(birthEpochMonth(birthDate), retirementClass, isReformInForce(asOf));
        return Math.max(0L, retirement - epochMonth(asOf.getYear(), asOf.getMonthValue()));
    }

    /**
     * Whether the person is "within {@code years} years of statutory retirement" on
     * {@code asOf} (距法定退休年龄N年以内): not yet of retirement age, and {@code asOf} is on or
     * after the retirement date minus {@code years} years (as {@link LocalDate#minusYears}
     * counts them). Both the retirement date and the law come from {@code asOf}.
     *
     * @param birthDate the date of birth
     * @param retirementClass the person's class
     * @param asOf the date asked about
     * @param years the number of years, not negative
     * @return true if {@code retirementDate - years <= asOf < retirementDate}
     * @throws InvalidInputException with code {@code retirement.years} if {@code years} is
     *     negative
     * @throws NullPointerException if an argument is null
     */
    public static boolean isWithinYearsOfRetirement(LocalDate birthDate, RetirementClass retirementClass,
                                                    LocalDate asOf, int years) {
        if (years < 0) {
            throw new InvalidInputException(new Violation("years", "retirement.years",
                    "the number of years before retirement must not be negative"));
        }
        int age = ageMonths(birthEpochMonth(birthDate), retirementClass, isReformInForce(asOf));
        return !isOnOrAfter(asOf, birthDate, age, age)
                && isOnOrAfter(asOf, birthDate, age - 12L * years, age);
    }

    /**
     * The legal bases of the retirement age of {@code retirementClass} on {@code asOf}.
     *
     * @param retirementClass the person's class
     * @param asOf the date asked about
     * @return before 2025-01-01 the 1978 measures that set the class's age (both for men),
     *     from then on the reform decision and measures
     * @throws NullPointerException if an argument is null
     */
    public static List<LegalBasis> legalBases(RetirementClass retirementClass, LocalDate asOf) {
        Objects.requireNonNull(retirementClass, "retirementClass");
        if (isReformInForce(asOf)) {
            return List.of(REFORM_DECISION, REFORM_MEASURES);
        }
        return switch (retirementClass) {
            // Both 1978 measures set 60 for men, whether workers or cadres.
            case MALE_60 -> List.of(PRE_REFORM_WORKERS, PRE_REFORM_CADRES);
            case FEMALE_CADRE_55 -> List.of(PRE_REFORM_CADRES);
            case FEMALE_WORKER_50 -> List.of(PRE_REFORM_WORKERS);
        };
    }

    /**
     * The retirement month with its explanation: rule {@code retirement.statutory-month},
     * result the month; children {@code retirement.original-month},
     * {@code retirement.reform-delay-months} (a value, or not applicable) and {@code retirement.age}.
     * It reads the birth month only, never the full birth date.
     *
     * @param birthMonth the month of birth
     * @param retirementClass the person's class
     * @param asOf the date the question is asked; selects the law in force
     * @return the explanation
     * @throws NullPointerException if an argument is null
     */
    public static Explanation explain(YearMonth birthMonth, RetirementClass retirementClass, LocalDate asOf) {
        boolean reform = isReformInForce(asOf);
        long birth = epochMonth(birthMonth.getYear(), birthMonth.getMonthValue());
        long original = birth + 12L * retirementClass.originalAgeYears();
        YearMonth originalMonth = birthMonth.plusYears(retirementClass.originalAgeYears());
        YearMonth month = retirementMonth(birthMonth, retirementClass, asOf);
        Explanation.Builder delay = Explanation.builder("retirement.reform-delay-months")
                .input("originalMonth", originalMonth.toString());
        if (!reform) {
            delay.outcome(Explanation.Outcome.NOT_APPLICABLE)
                    .description("the 2024 reform is not in force on the date asked");
        } else if (original < REFORM_FIRST_EPOCH_MONTH) {
            delay.outcome(Explanation.Outcome.NOT_APPLICABLE)
                    .description("original retirement month before " + REFORM_FIRST_MONTH);
        } else {
            delay.input("step", Integer.toString(retirementClass.delayStepMonths()))
                    .input("cap", Integer.toString(retirementClass.delayCapMonths()))
                    .value(Integer.toString(delayMonths(original, retirementClass)))
                    .description("months of delay: one per step months of original retirement from "
                            + REFORM_FIRST_MONTH + ", up to the cap")
                    .legalBasis(REFORM_MEASURES);
        }
        Explanation.Builder root = Explanation.builder("retirement.statutory-month")
                .description("statutory retirement month under the law in force on the date asked")
                .input("birthMonth", birthMonth.toString())
                .input("retirementClass", retirementClass.name())
                .input("asOf", asOf.toString())
                .value(month.toString())
                .child(Explanation.builder("retirement.original-month")
                        .description("birth month plus the original statutory age")
                        .input("originalAge", retirementClass.originalAgeYears() + "y")
                        .value(originalMonth.toString())
                        .build())
                .child(delay.build())
                .child(Explanation.builder("retirement.age")
                        .description("age on reaching statutory retirement")
                        .value(retirementAge(birthMonth, retirementClass, asOf).toString())
                        .build());
        for (LegalBasis basis : legalBases(retirementClass, asOf)) {
            root.legalBasis(basis);
        }
        return root.build();
    }

    private static long retirementEpochMonth(long birthEpochMonth, RetirementClass c, boolean reform) {
        long original = birthEpochMonth + 12L * c.originalAgeYears();
        if (!reform || original < REFORM_FIRST_EPOCH_MONTH) {
            return original;
        }
        return original + delayMonths(original, c);
    }

    private static int delayMonths(long originalEpochMonth, RetirementClass c) {
        long k = originalEpochMonth - REFORM_FIRST_EPOCH_MONTH;
        return (int) Math.min(c.delayCapMonths(), k / c.delayStepMonths() + 1);
    }

    private static int ageMonths(long birthEpochMonth, RetirementClass c, boolean reform) {
        return (int) (retirementEpochMonth(birthEpochMonth, c, reform) - birthEpochMonth);
    }

    /**
     * Whether {@code date} is on or after {@code birth.plusMonths(months)}, clamped further to
     * the length of the month {@code clampMonths} after birth, without allocating: that is
     * {@code birth.plusMonths(clampMonths).minusMonths(clampMonths - months)} as java.time
     * counts it, which for {@code months == clampMonths} is the birthday itself.
     */
    private static boolean isOnOrAfter(LocalDate date, LocalDate birth, long months, long clampMonths) {
        long birthMonth = birthEpochMonth(birth);
        long target = birthMonth + months;
        long dateMonth = epochMonth(date.getYear(), date.getMonthValue());
        if (dateMonth != target) {
            return dateMonth > target;
        }
        int day = Math.min(birth.getDayOfMonth(), lengthOfMonth(birthMonth + clampMonths));
        day = Math.min(day, lengthOfMonth(target));
        return date.getDayOfMonth() >= day;
    }

    private static int lengthOfMonth(long epochMonth) {
        long year = Math.floorDiv(epochMonth, 12L);
        return Month.of((int) Math.floorMod(epochMonth, 12L) + 1).length(Year.isLeap(year));
    }

    private static long birthEpochMonth(LocalDate birthDate) {
        return epochMonth(birthDate.getYear(), birthDate.getMonthValue());
    }

    private static long epochMonth(int year, int month) {
        return year * 12L + month - 1;
    }
}
