package org.jobassist.examples;

import java.io.PrintStream;
import java.time.LocalDate;

import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.impl.PolicyPacks;

/**
 * The README's quick start, compiled and run by the examples' tests so that it never rots.
 */
public final class QuickStart {

    private QuickStart() {}

    /**
     * Runs the quick start.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        // --- quick start (README) ---
        LocalDate asOf = LocalDate.of(2026, 11, 26);
        ResidentIdNumber id = ResidentIdNumber.parse("210102196504151238");
        out.println(id + " born " + id.birthDate() + ", " + id.gender());       // masked: 210102********1238
        var retires = StatutoryRetirement.retirementMonth(id.birthDate(), RetirementClass.MALE_60, asOf);
        out.println("statutory retirement: " + retires);                          // 2025-05 under the 2024 reform
        PolicyPack liaoning = PolicyPacks.liaoning();
        var wage = liaoning.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, DivisionCode.of("210115"), asOf);
        Money monthly = wage.value();
        out.println("minimum wage in 辽中区: " + monthly.format() + " (" + wage.legalBasis() + ")");
        // --- end of quick start ---
    }

    /**
     * Runs the quick start on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }
}
