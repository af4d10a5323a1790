package org.jobassist.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.crosscheck.DiscrepancyKind;
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
import org.jobassist.api.subsidy.GrantBatchResult;
import org.jobassist.examples.province.CsvInput;
import org.jobassist.examples.province.GeneratedProvince;
import org.jobassist.examples.province.Options;
import org.jobassist.examples.province.Population;
import org.jobassist.examples.province.ProgrammeYear;
import org.jobassist.examples.province.ReportFiles;
import org.jobassist.examples.province.StoreSet;
import org.jobassist.examples.province.StoreSets;
import org.jobassist.examples.province.YearResult;
import org.jobassist.impl.AssessmentReports;
import org.jobassist.impl.PolicyPacks;

/**
 * The README's main job: a programme year (2021) for a province, month by month.
 *
 * <p>A short preface checks the foundations on fixed inputs (identity numbers and credit codes,
 * shown only masked or by error code; statutory retirement under the law in force on two dates;
 * the Liaoning pack's minimum wages). Then it draws a province of 14 cities from the testkit's
 * generators with a fixed seed ({@link GeneratedProvince}), or reads the host's own CSV files
 * ({@link CsvInput}), and runs the year ({@link ProgrammeYear}) on the selected
 * {@link StoreSet}: one progress line a month, then the December table of the 14 cities and the
 * province with the indicators, the reminders and the cross-check, and the reports written to
 * the output folder ({@link ReportFiles}). Options: see {@link Options}.
 */
public final class ProvinceRun {

    /** The date the preface is evaluated as of: engines never read the clock. */
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
     * @param options the options
     * @return the process exit code: 0
     * @throws IOException if an input file cannot be read or a report cannot be written
     * @throws IllegalArgumentException if the store set named is not available
     */
    static int run(PrintStream out, Options options) throws IOException {
        try (StoreSet stores = StoreSets.named(options.store())) {
            return run(out, options, stores);
        }
    }

    /**
     * Runs the job on a store set.
     *
     * @param out where the report goes
     * @param options the options
     * @param stores the store set
     * @return the process exit code: 0
     * @throws IOException if an input file cannot be read or a report cannot be written
     */
    static int run(PrintStream out, Options options, StoreSet stores) throws IOException {
        PolicyPack pack = PolicyPacks.liaoning();
        out.println("jobassist — province run, programme year " + ProgrammeYear.YEAR);
        out.println();
        checkIdentityNumbers(out);
        out.println();
        checkCreditCodes(out);
        out.println();
        printMinimumWages(out, pack);
        out.println();
        Population population;
        if (options.input().isPresent()) {
            CsvInput.Result read = CsvInput.read(options.input().get());
            read.print(out);
            out.println();
            population = read.population();
        } else {
            population = GeneratedProvince.generate(options.people(), options.seed());
        }
        out.println(population);
        out.println("Store: " + stores.name());
        out.println();
        out.println("Month by month (recognition as of each month end; outcomes, zero-employment clearing,"
                + " subsidies, progress and cross-check):");
        YearResult year = ProgrammeYear.run(population, stores, pack, line -> out.println("  " + line.format()));
        out.println();
        // The report's text carries its indicators (zero-employment clearing, subsidies paid).
        out.print(AssessmentReports.toText(year.december()));
        out.println();
        out.println("Reminders for " + year.december().month() + ":");
        for (Reminder r : year.reminders()) {
            out.println("  " + AssessmentExample.describe(r));
        }
        out.println("  (" + year.reminders().size() + " sent)");
        out.println();
        out.println("Cross-check as of " + year.crossCheck().request().asOf() + ", payments "
                + year.crossCheck().request().paidPeriod() + ": " + year.crossCheck().total() + " discrepancies");
        for (DiscrepancyKind k : DiscrepancyKind.values()) {
            out.printf("  %-32s %,d%n", k.code(), year.crossCheck().count(k));
        }
        out.println();
        GrantBatchResult again = year.grantedAgain();
        out.printf("Subsidies: %,d public welfare post placements, %,d enterprise cases, %,d refused;"
                + " the enterprise cases granted again: %,d cases already granted, %,d entries recorded%n",
                year.placements(), year.enterpriseCases(), year.refusals(), again.alreadyGranted(),
                again.entriesRecorded());
        out.println();
        List<Path> files = ReportFiles.write(year, options.out());
        out.println("Reports written to " + options.out() + ":");
        for (Path f : files) {
            out.println("  " + f);
        }
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
     * @param args the options, see {@link Options}
     * @throws IOException if an input file cannot be read or a report cannot be written
     */
    public static void main(String[] args) throws IOException {
        Options options;
        StoreSet stores;
        try {
            options = Options.parse(args);
            stores = StoreSets.named(options.store());
        } catch (IllegalArgumentException e) {
            System.err.println("province run: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        int status;
        try (stores) {
            status = run(System.out, options, stores);
        }
        if (status != 0) {
            System.exit(status);
        }
    }
}
