package org.jobassist.impl.internal.subsidy.other;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.CertificateLevel;
import org.jobassist.api.subsidy.SkillUpgradeSubsidyInput;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.impl.internal.subsidy.enterprise.PackReads;

/**
 * The skill-upgrade subsidy (技能提升补贴), DOMAIN §3.6: to a worker insured on the certificate
 * date, the pack's amount for the certificate's level ({@code skill-upgrade.amount.level-5},
 * {@code .level-4}, {@code .level-3}; Liaoning 1,000 / 1,500 / 2,000 yuan, the ceilings, paid
 * in full), read as in force on the certificate date.
 *
 * <p>Levels 2 and 1 (技师, 高级技师) are valid certificates for which the sources give no
 * figure: the calculator finds them not covered rather than rejecting the input, so that a
 * clerk sees the reason. The amount is read only for an eligible case. No rounding: the
 * amount is whole fen.
 *
 * <p>Ineligibility codes, each found independently: {@value #NOT_INSURED},
 * {@value #LEVEL_NOT_COVERED}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SkillUpgradeCalculator implements SubsidyCalculator<SkillUpgradeSubsidyInput> {

    /** The worker was not insured on the certificate date. */
    public static final String NOT_INSURED = "skill-upgrade.not-insured";
    /** The certificate's level (2 or 1) has no skill-upgrade amount. */
    public static final String LEVEL_NOT_COVERED = "skill-upgrade.level-not-covered";

    private final PolicyPack pack;

    /**
     * A calculator over {@code pack}.
     *
     * @param pack the policy pack
     * @throws NullPointerException if {@code pack} is null
     */
    public SkillUpgradeCalculator(PolicyPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    /**
     * The key of a level's amount.
     *
     * @param level the level
     * @return the key, or empty for a level the subsidy does not cover
     */
    static Optional<PolicyKey<Money>> amountKey(CertificateLevel level) {
        return Optional.ofNullable(switch (level) {
            case LEVEL_5 -> PolicyKeys.SKILL_UPGRADE_AMOUNT_LEVEL_5;
            case LEVEL_4 -> PolicyKeys.SKILL_UPGRADE_AMOUNT_LEVEL_4;
            case LEVEL_3 -> PolicyKeys.SKILL_UPGRADE_AMOUNT_LEVEL_3;
            case LEVEL_2, LEVEL_1 -> null;
        });
    }

    @Override
    public SubsidyDecision calculate(SkillUpgradeSubsidyInput input, boolean explain) {
        Objects.requireNonNull(input, "input");
        LocalDate on = input.certificateDate();
        SubsidyDecision.Builder b = SubsidyDecision.builder(SubsidyKind.SKILL_UPGRADE,
                Beneficiary.person(input.worker()), input.jurisdiction()).person(input.worker());
        PackReads reads = new PackReads(pack, input.jurisdiction(), b);
        boolean insured = input.insuredOnCertificateDate();
        Optional<PolicyKey<Money>> key = amountKey(input.level());
        int level = input.level().number();
        List<CheckedGrant.Condition> conditions = List.of(
                new CheckedGrant.Condition(insured, NOT_INSURED, "the worker was not insured on the certificate date",
                        () -> Explanation.builder("skill-upgrade.insured")
                                .description("insured on the certificate date")
                                .input("insured", Boolean.toString(insured)).satisfied(insured).build()),
                new CheckedGrant.Condition(key.isPresent(), LEVEL_NOT_COVERED,
                        "the subsidy covers level 5, 4 and 3 certificates only",
                        () -> Explanation.builder("skill-upgrade.level")
                                .description("a level 5, 4 or 3 certificate")
                                .input("level", Integer.toString(level))
                                .satisfied(key.isPresent()).build()));
        return CheckedGrant.decide(b, SubsidyKind.SKILL_UPGRADE, reads, on, conditions, key.orElse(null),
                "the amount for level " + level + " in force on the certificate date",
                () -> Explanation.builder("skill-upgrade.subsidy")
                        .description("the amount of the certificate's level, to a worker insured on the certificate date")
                        .input("worker", input.worker().masked())
                        .input("level", Integer.toString(level))
                        .input("certificateDate", on.toString()),
                explain);
    }
}
