package org.jobassist.api.time;

/**
 * The class of a worker under the statutory retirement rules, named after the original
 * statutory retirement age (原法定退休年龄) that the 2024 reform starts from: men 60, women
 * cadres 55, women workers 50.
 *
 * <p>The class is a fact about the person's job and sex that the host records; the library
 * does not infer it (a woman's class depends on her post, not on her identity number). The
 * numbers behind each class are defined once, in {@link StatutoryRetirement}.
 */
public enum RetirementClass {

    /** Men (男职工): originally 60; under the reform one month more every 4 months, up to 63. */
    MALE_60(StatutoryRetirement.MALE_ORIGINAL_AGE_YEARS,
            StatutoryRetirement.MALE_AND_FEMALE_CADRE_DELAY_STEP_MONTHS,
            StatutoryRetirement.MALE_AND_FEMALE_CADRE_DELAY_CAP_MONTHS),

    /**
     * Women cadres (女干部; under the reform "women workers whose original age was 55"):
     * originally 55; one month more every 4 months, up to 58.
     */
    FEMALE_CADRE_55(StatutoryRetirement.FEMALE_CADRE_ORIGINAL_AGE_YEARS,
            StatutoryRetirement.MALE_AND_FEMALE_CADRE_DELAY_STEP_MONTHS,
            StatutoryRetirement.MALE_AND_FEMALE_CADRE_DELAY_CAP_MONTHS),

    /**
     * Women workers (女工人; under the reform "women workers whose original age was 50"):
     * originally 50; one month more every 2 months, up to 55.
     */
    FEMALE_WORKER_50(StatutoryRetirement.FEMALE_WORKER_ORIGINAL_AGE_YEARS,
            StatutoryRetirement.FEMALE_WORKER_DELAY_STEP_MONTHS,
            StatutoryRetirement.FEMALE_WORKER_DELAY_CAP_MONTHS);

    private final int originalAgeYears;
    private final int delayStepMonths;
    private final int delayCapMonths;

    RetirementClass(int originalAgeYears, int delayStepMonths, int delayCapMonths) {
        this.originalAgeYears = originalAgeYears;
        this.delayStepMonths = delayStepMonths;
        this.delayCapMonths = delayCapMonths;
    }

    /**
     * The statutory retirement age before the reform, in whole years.
     *
     * @return 60, 55 or 50
     */
    public int originalAgeYears() {
        return originalAgeYears;
    }

    /**
     * Under the reform, how many months of later original retirement add one month of delay.
     *
     * @return 4, or 2 for {@link #FEMALE_WORKER_50}
     */
    public int delayStepMonths() {
        return delayStepMonths;
    }

    /**
     * Under the reform, the largest delay in months.
     *
     * @return 36, or 60 for {@link #FEMALE_WORKER_50}
     */
    public int delayCapMonths() {
        return delayCapMonths;
    }

    /**
     * The statutory retirement age once the reform is fully phased in.
     *
     * @return 63, 58 or 55 years, as a retirement age
     */
    public RetirementAge targetAge() {
        return RetirementAge.ofMonths(originalAgeYears * 12 + delayCapMonths);
    }
}
