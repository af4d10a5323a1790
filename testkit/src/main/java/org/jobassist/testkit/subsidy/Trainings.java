package org.jobassist.testkit.subsidy;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.CertificateLevel;
import org.jobassist.api.subsidy.JobSearchGround;
import org.jobassist.api.subsidy.JobSearchSubsidyInput;
import org.jobassist.api.subsidy.SkillUpgradeSubsidyInput;
import org.jobassist.api.subsidy.VocationalTrainingSubsidyInput;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;

/**
 * Generators of the personal training and job-search subsidy cases, valid by construction:
 * vocational training certificates with 0 to 5 earlier subsidies (around the limit of 3),
 * skill-upgrade certificates of every level, insured or not, and job-search applications with
 * any set of grounds, none included. Dates fall from 2021 on, when the Liaoning pack has its
 * values; jurisdictions are Liaoning cities and counties, a third of them in Dalian.
 *
 * <p>Stateless and thread-safe.
 */
public final class Trainings {

    /** Dates from the first day of the Liaoning values over about four years. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    private static final int DAYS = 1500;

    private Trainings() {}

    /**
     * Vocational training subsidy cases.
     *
     * @return the generator
     */
    public static Gen<VocationalTrainingSubsidyInput> vocationalTrainingCases() {
        Gen<ResidentIdNumber> people = Identities.residentIdNumbers();
        Gen<DivisionCode> places = Enterprises.jurisdictions();
        return in -> VocationalTrainingSubsidyInput.builder()
                .trainee(people.generate(in))
                .certificateDate(FIRST_DAY.plusDays(Draw.between(in, 0, DAYS)))
                .earlierSubsidies(Draw.between(in, 0, 5))
                .jurisdiction(places.generate(in))
                .build();
    }

    /**
     * Skill-upgrade subsidy cases.
     *
     * @return the generator
     */
    public static Gen<SkillUpgradeSubsidyInput> skillUpgradeCases() {
        Gen<ResidentIdNumber> people = Identities.residentIdNumbers();
        Gen<DivisionCode> places = Enterprises.jurisdictions();
        return in -> SkillUpgradeSubsidyInput.builder()
                .worker(people.generate(in))
                .level(Draw.pick(in, List.of(CertificateLevel.values())))
                .certificateDate(FIRST_DAY.plusDays(Draw.between(in, 0, DAYS)))
                .insuredOnCertificateDate(!Draw.oneIn(in, 4))
                .jurisdiction(places.generate(in))
                .build();
    }

    /**
     * Job-search subsidy cases, each ground present or not independently.
     *
     * @return the generator
     */
    public static Gen<JobSearchSubsidyInput> jobSearchCases() {
        Gen<ResidentIdNumber> people = Identities.residentIdNumbers();
        Gen<DivisionCode> places = Enterprises.jurisdictions();
        return in -> {
            JobSearchSubsidyInput.Builder b = JobSearchSubsidyInput.builder()
                    .graduate(people.generate(in))
                    .applicationDate(FIRST_DAY.plusDays(Draw.between(in, 0, DAYS)))
                    .jurisdiction(places.generate(in));
            for (JobSearchGround ground : JobSearchGround.values()) {
                if (Draw.oneIn(in, 3)) {
                    b.ground(ground);
                }
            }
            return b.build();
        };
    }
}
