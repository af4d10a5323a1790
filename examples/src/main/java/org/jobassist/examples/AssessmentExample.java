package org.jobassist.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jobassist.api.assessment.CategorySubset;
import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.OutcomeBatchResult;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.assessment.Share;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.ReminderSink;
import org.jobassist.impl.AssessmentReports;
import org.jobassist.impl.Assessments;
import org.jobassist.impl.InMemoryStores;

/**
 * The monthly assessment (考核) of Liaoning's 2021 target, "help more than 60,000 people with
 * employment difficulties into work", across the 14 cities: record a year of outcomes, report
 * progress at the end of September 2021 against progress over time (时序进度, m/12), remind
 * the cities behind schedule, print the 14-city table and the channel shares of the news item,
 * and write the bar chart as SVG.
 *
 * <p>The split of 60,000 over the cities is <b>illustrative, not the official one</b> (the
 * official split is not public), and so are the outcomes: generated here, deterministically,
 * at 110% of the yearly pace in twelve cities, while Fuxin and Chaoyang slow to 40% of the pace
 * from June. The channel and category mix follows the news item roughly.
 *
 * <p>Run with one optional argument, the path of the SVG to write (default
 * {@code target/assessment-2021-09.svg}).
 */
public final class AssessmentExample {

    /** The month assessed. */
    static final YearMonth MONTH = YearMonth.of(2021, 9);
    /** Where the chart goes unless a path is given. */
    static final Path DEFAULT_SVG = Path.of("target", "assessment-2021-09.svg");
    /** The plan label: the split is not the official one. */
    static final String LABEL = "illustrative split, not the official one";
    /** Liaoning's 2021 province target (DOMAIN.md §0). */
    static final int PROVINCE_TARGET = 60_000;
    /** The two cities that fall behind from June. */
    static final Set<DivisionCode> LAGGING = Set.of(DivisionCode.of("210900"), DivisionCode.of("211300"));

    /** Category codes of the Liaoning catalogue used for the subsets. */
    static final String ZERO_EMPLOYMENT = "ZERO_EMPLOYMENT_FAMILY_MEMBER";
    static final String POVERTY_KEY_COUNTY = "POVERTY_ALLEVIATED_KEY_COUNTY";
    static final String POVERTY_OUTSIDE = "POVERTY_ALLEVIATED_OUTSIDE_KEY_COUNTY";
    static final String LOW_INCOME = "URBAN_MINIMUM_LIVING_ALLOWANCE";

    /** The day every generated person was recognised, before the plan year. */
    static final LocalDate RECOGNISED_ON = LocalDate.of(2020, 12, 15);

    private AssessmentExample() {}

    /**
     * Runs the example.
     *
     * @param args an optional path for the SVG
     * @throws IOException if the SVG cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path svg = args.length > 0 ? Path.of(args[0]) : DEFAULT_SVG;
        run(System.out, svg);
    }

    /**
     * The whole run on the illustrative plan and generated outcomes.
     *
     * @param out where the report goes
     * @param svg where the chart goes
     * @return the process exit code: 0
     * @throws IOException if the SVG cannot be written
     */
    static int run(PrintStream out, Path svg) throws IOException {
        TargetPlan plan = plan(illustrativeSplit(), PROVINCE_TARGET);
        RecognitionStore recognitions = InMemoryStores.recognitions();
        List<EmploymentOutcome> outcomes = generate(plan, recognitions);
        out.println("Liaoning 2021: help " + PROVINCE_TARGET + " people with employment difficulties into work");
        out.println("City targets: " + LABEL + "; outcomes generated for the example.");
        out.println();
        assess(plan, outcomes, recognitions, MONTH, out, svg);
        out.println();
        printNewsItemShares(out);
        return 0;
    }

    /**
     * An illustrative split of 60,000 over the 14 cities, roughly by size. Not the official
     * split, which is not public.
     *
     * @return targets by city, in code order
     */
    static Map<DivisionCode, Integer> illustrativeSplit() {
        int[] targets = {10_000, 9_000, 4_800, 3_400, 2_400, 3_400, 4_000, 3_400, 2_800, 2_600, 2_000, 3_400, 4_000,
                4_800};
        List<Division> cities = Divisions.builtIn().cities();
        Map<DivisionCode, Integer> split = new LinkedHashMap<>();
        for (int i = 0; i < cities.size(); i++) {
            split.put(cities.get(i).code(), targets[i]);
        }
        return split;
    }

    /**
     * The plan: linear schedule (m/12), counted once per person a year, zero tolerance,
     * escalation after 3 consecutive months behind, and two declared subsets against the
     * channel total.
     *
     * @param cityTargets the city targets
     * @param provinceTarget the province target
     * @return the plan
     */
    static TargetPlan plan(Map<DivisionCode, Integer> cityTargets, int provinceTarget) {
        return TargetPlan.builder(MONTH.getYear()).province(DivisionCode.LIAONING).provinceTarget(provinceTarget)
                .cityTargets(cityTargets).label(LABEL)
                .subset(CategorySubset.of("zero-employment family members", ZERO_EMPLOYMENT))
                .subset(CategorySubset.of("poverty-alleviated workers", POVERTY_KEY_COUNTY, POVERTY_OUTSIDE))
                .build();
    }

    /**
     * Records the outcomes, reports {@code month}, prints the reminders and the table, and
     * writes the chart.
     *
     * @param plan the plan
     * @param outcomes the outcomes of the year
     * @param recognitions the recognition records of their people
     * @param month the month assessed
     * @param out where the report goes
     * @param svg where the chart goes; missing parent directories are created
     * @return the report
     * @throws IOException if the SVG cannot be written
     */
    static ProgressReport assess(TargetPlan plan, List<EmploymentOutcome> outcomes, RecognitionStore recognitions,
                                 YearMonth month, PrintStream out, Path svg) throws IOException {
        OutcomeStore store = InMemoryStores.outcomes();
        OutcomeBatchResult result = Assessments.record(plan, store, recognitions, outcomes);
        out.println("Outcomes recorded: " + result.accepted() + " accepted, " + result.alreadyRecorded()
                + " already recorded, " + result.rejected().size() + " rejected");
        ProgressReport report = Assessments.progress(plan, store, month);
        out.println();
        out.println("Reminders for " + month + ":");
        ReminderSink printing = reminder -> out.println("  " + describe(reminder));
        int sent = Assessments.remind(report, printing);
        out.println("  (" + sent + " sent)");
        out.println();
        out.print(AssessmentReports.toText(report));
        Path parent = svg.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(svg, AssessmentReports.toSvg(report), StandardCharsets.UTF_8);
        out.println();
        out.println("Chart written to " + svg);
        return report;
    }

    /**
     * One reminder as a line.
     *
     * @param reminder the reminder
     * @return the line
     */
    static String describe(Reminder reminder) {
        String name = Divisions.builtIn().require(reminder.city()).nameZh();
        return (reminder.escalated() ? "ESCALATED " : "") + "reminder to " + name + " (" + reminder.city() + "), "
                + reminder.month() + ": " + reminder.status() + ", gap " + reminder.gap() + ", "
                + reminder.monthsBehind() + " consecutive months behind";
    }

    /**
     * The channel shares of the news item of 9 November 2021 (DOMAIN.md §0, §6): against the
     * channel total 60,055, not against the headline figure.
     *
     * @param out where they go
     */
    static void printNewsItemShares(PrintStream out) {
        long employer = 12_085;
        long flexible = 42_217;
        long posts = 5_753;
        long total = employer + flexible + posts;
        List<Share> shares = List.of(
                new Share(Channel.EMPLOYER.nameZh(), employer, "channel total", total),
                new Share(Channel.FLEXIBLE_OR_SELF_EMPLOYMENT.nameZh(), flexible, "channel total", total),
                new Share(Channel.PUBLIC_WELFARE_POST.nameZh(), posts, "channel total", total),
                new Share("零就业家庭成员", 2_296, "channel total", total),
                new Share("脱贫劳动力", 3_236, "channel total", total));
        out.println("News item of 9 November 2021, shares of the channel total " + total + ":");
        for (Share share : shares) {
            out.println("  " + share.name() + " " + share.count() + " = " + share.formatted());
        }
    }

    /**
     * A year of outcomes for {@code plan}, with their people recognised in {@code recognitions}:
     * each city at 110% of the yearly pace, the lagging ones at 40% from June; plus two outcomes
     * of people never recognised and one person counted twice, which the recording rejects.
     *
     * @param plan the plan
     * @param recognitions where the generated people's recognitions go
     * @return the outcomes, in date order per city
     */
    static List<EmploymentOutcome> generate(TargetPlan plan, RecognitionStore recognitions) {
        List<EmploymentOutcome> outcomes = new ArrayList<>();
        int serial = 0;
        for (Map.Entry<DivisionCode, Integer> city : plan.cityTargets().entrySet()) {
            int target = city.getValue();
            boolean lagging = LAGGING.contains(city.getKey());
            long before = 0;
            for (int m = 1; m <= 12; m++) {
                long cumulative = lagging && m > 5
                        ? target * 55L / 120 + target * 4L * (m - 5) / 120
                        : target * 11L * m / 120;
                for (long n = before; n < cumulative; n++) {
                    serial++;
                    String[] categories = categories(serial);
                    PersonId person = PersonId.of("P-" + city.getKey() + "-" + n);
                    recognise(recognitions, person, categories);
                    outcomes.add(outcome("O-" + serial, person, city.getKey(),
                            LocalDate.of(MONTH.getYear(), m, 1 + (int) (n % 28)), channel(serial), categories));
                }
                before = cumulative;
            }
        }
        DivisionCode shenyang = DivisionCode.of("210100");
        outcomes.add(outcome("O-unrecognised-1", PersonId.of("P-unrecognised-1"), shenyang,
                LocalDate.of(2021, 3, 2), Channel.EMPLOYER));
        outcomes.add(outcome("O-unrecognised-2", PersonId.of("P-unrecognised-2"), shenyang,
                LocalDate.of(2021, 4, 6), Channel.EMPLOYER));
        outcomes.add(outcome("O-twice", PersonId.of("P-" + shenyang + "-0"), shenyang, LocalDate.of(2021, 8, 9),
                Channel.FLEXIBLE_OR_SELF_EMPLOYMENT, categories(1)));
        return outcomes;
    }

    /** About 20.1% employer, 70.3% flexible, 9.6% public welfare posts, as in the news item. */
    private static Channel channel(int serial) {
        int k = serial % 1000;
        return k < 201 ? Channel.EMPLOYER : k < 904 ? Channel.FLEXIBLE_OR_SELF_EMPLOYMENT : Channel.PUBLIC_WELFARE_POST;
    }

    /** About 3.8% zero-employment family members and 5.4% poverty-alleviated, spread apart from the channels. */
    private static String[] categories(int serial) {
        int k = serial * 7 % 1000;
        return k < 38 ? new String[] {ZERO_EMPLOYMENT} : k < 92 ? new String[] {POVERTY_KEY_COUNTY}
                : new String[] {LOW_INCOME};
    }

    /**
     * Saves a recognition of {@code person} since {@link #RECOGNISED_ON} in the categories.
     *
     * @param recognitions the store
     * @param person the person
     * @param categories the category codes
     */
    static void recognise(RecognitionStore recognitions, PersonId person, String... categories) {
        RecognitionRecord record = RecognitionRecord.applied(person, RECOGNISED_ON.minusDays(14))
                .recognised(RECOGNISED_ON, "2021.1", Set.of(categories), RECOGNISED_ON.plusYears(1));
        recognitions.save(record, 0L);
    }

    /**
     * An outcome.
     *
     * @param id the host's id
     * @param person the person
     * @param city the city
     * @param date the day
     * @param channel the channel
     * @param categories the categories held that day
     * @return the outcome
     */
    static EmploymentOutcome outcome(String id, PersonId person, DivisionCode city, LocalDate date, Channel channel,
                                     String... categories) {
        return EmploymentOutcome.builder().id(id).person(person).city(city).date(date).channel(channel)
                .categories(categories).build();
    }
}
