package org.jobassist.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.impl.PolicyPacks;

/**
 * The README's main job.
 *
 * <p>It validates identity numbers and credit codes on a few fixed inputs (showing only masked
 * numbers and error codes), prints statutory retirement dates under the law in force on two
 * dates, reads the Liaoning policy pack for the minimum wage of every city, grants the news
 * item's subsidy batch into the in-memory ledger ({@link ProvinceSubsidyRun}) and runs the
 * 2021-09 assessment month ({@link AssessmentExample}). Later work grows it into a full year of
 * the programme on a real database.
 */
public final class ProvinceRun {

    /** The date the run is evaluated as of: engines never read the clock. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    /** A date under the law before the 2024 retirement reform. */
    static final LocalDate BEFORE_REFORM = LocalDate.of(2021, 6, 30);

    /** Identity numbers to check: valid ones, and near misses that each break one rule. */
    static final List<String> ID_NUMBERS = List.of(
            "11010519491231002X",   // DOMAIN.md §5 example
            "210102196504151238",
            "210115197503122044",
            "210202198411200066",
            "211104199512015719",
            "11010519491231002x",   // lower-case x is accepted and normalised
            "110105194912310021",   // wrong check character
            "110105194902300028",   // 30 February
            "11010519491231002");   // 17 characters

    /** Credit codes to check. */
    static final List<String> CREDIT_CODES = List.of(
            "91350100M000100Y43",   // DOMAIN.md §5 example
            "91350100M000100Y44",   // wrong check character
            "91350100M0001O0Y43");  // letter O is not in the alphabet

    private ProvinceRun() {}

    /**
     * Runs the job.
     *
     * @param out where the report goes
     * @return the process exit code: 0
     * @throws IOException if the assessment chart cannot be written
     */
    static int run(PrintStream out) throws IOException {
        return run(out, 1, AssessmentExample.DEFAULT_SVG);
    }

    /**
     * Runs the job with the subsidy batch scaled down, for tests.
     *
     * @param out where the report goes
     * @param divisor 1 for the news item's size; larger scales the subsidy batch down
     * @param svg where the assessment chart goes
     * @return the process exit code: 0
     * @throws IOException if the chart cannot be written
     */
    static int run(PrintStream out, int divisor, Path svg) throws IOException {
        PolicyPack pack = PolicyPacks.liaoning();
        out.println("jobassist — province run as of " + AS_OF);
        out.println();
        checkIdentityNumbers(out);
        out.println();
        checkCreditCodes(out);
        out.println();
        printMinimumWages(out, pack);
        out.println();
        ProvinceSubsidyRun.run(out, pack, divisor);
        out.println();
        AssessmentExample.run(out, svg);
        return 0;
    }

    private static void checkIdentityNumbers(PrintStream out) {
        out.println("Resident identity numbers (GB 11643-1999), with statutory retirement:");
        out.printf("  %-20s %-11s %-7s %-18s %-18s %s%n",
                "number (masked)", "born", "gender", "retires (2021-06-30 law)", "retires (" + AS_OF + ")", "age");
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < ID_NUMBERS.size(); i++) {
            String text = ID_NUMBERS.get(i);
            try {
                ResidentIdNumber id = ResidentIdNumber.parse(text);
                // Women's original class (worker or cadre) is not on the ID number: a host knows it
                // from the person's record. The run assumes workers, the stricter case.
                RetirementClass retirementClass = id.gender() == Gender.MALE
                        ? RetirementClass.MALE_60 : RetirementClass.FEMALE_WORKER_50;
                out.printf("  %-20s %-11s %-7s %-24s %-18s %s%n",
                        id, id.birthDate(), id.gender(),
                        StatutoryRetirement.retirementMonth(id.birthDate(), retirementClass, BEFORE_REFORM),
                        StatutoryRetirement.retirementMonth(id.birthDate(), retirementClass, AS_OF),
                        StatutoryRetirement.retirementAge(id.birthDate(), retirementClass, AS_OF));
                accepted++;
            } catch (InvalidInputException e) {
                // The message names the rule, never the number: safe to print.
                out.printf("  input #%d rejected: %s%n", i + 1, e.getMessage());
                rejected++;
            }
        }
        out.printf("  accepted %d, rejected %d%n", accepted, rejected);
    }

    private static void checkCreditCodes(PrintStream out) {
        out.println("Unified social credit codes (GB 32100-2015):");
        int accepted = 0;
        int rejected = 0;
        for (String text : CREDIT_CODES) {
            Optional<UnifiedSocialCreditCode> code = UnifiedSocialCreditCode.tryParse(text);
            if (code.isPresent()) {
                out.printf("  %s valid: authority %s, type %s, registered in %s%n", code.get(),
                        code.get().registrationAuthority(), code.get().organisationType(),
                        code.get().divisionCode());
                accepted++;
            } else {
                try {
                    UnifiedSocialCreditCode.parse(text);
                } catch (InvalidInputException e) {
                    out.printf("  %s rejected: %s%n", text, e.getMessage());
                }
                rejected++;
            }
        }
        out.printf("  accepted %d, rejected %d%n", accepted, rejected);
    }

    private static void printMinimumWages(PrintStream out, PolicyPack pack) {
        out.println("Monthly minimum wage on " + AS_OF + " (policy pack " + pack.id() + " " + pack.version() + "):");
        for (Division city : Divisions.builtIn().cities()) {
            String figure;
            try {
                var wage = pack.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, city.code(), AS_OF);
                figure = wage.value().format() + "  set for " + wage.jurisdiction()
                        + " from " + wage.effectiveFrom() + ", basis: " + wage.legalBasis().titleZh();
            } catch (PolicyValueUnavailableException e) {
                // Not every city's figure is public: the pack says so instead of guessing.
                figure = "not configured in the pack [" + e.code() + "]";
            }
            out.printf("  %s %-4s %s%n", city.code(), city.nameZh(), figure);
        }
    }

    /**
     * Runs the job on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) throws IOException {
        int status = run(System.out);
        if (status != 0) {
            System.exit(status);
        }
    }
}
