package org.jobassist.api.service.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.time.DateRange;

/**
 * A province's Employment Assistance Month indicators for the assessment report
 * (就业援助月成效汇总): one {@link CampaignIndicators} line per city, each counted over that
 * city's campaign dates as of one date, and the province line, which is the field by field
 * sum of the city lines. A person is counted in the city whose needs profile holds them, so
 * the sums count each person once when profiles do not cross cities.
 *
 * <p>Attach it to the assessment's indicators with
 * {@link org.jobassist.api.assessment.Indicators#withCampaign(CampaignTotals)}.
 *
 * <p>Error codes of {@link #of}, all reported at once:
 * <ul>
 *   <li>{@code campaign.province}: the division given as province is not of level
 *       {@link DivisionLevel#PROVINCE} (path {@code province});</li>
 *   <li>{@code campaign.city}: a line's division is not a city of the province (path
 *       {@code lines[i]});</li>
 *   <li>{@code campaign.duplicate-city}: a second line for one city (path {@code lines[i]}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class CampaignTotals {

    private final DivisionCode province;
    private final int year;
    private final LocalDate asOf;
    private final List<Line> lines;
    private final CampaignIndicators total;

    private CampaignTotals(DivisionCode province, int year, LocalDate asOf, List<Line> lines) {
        this.province = province;
        this.year = year;
        this.asOf = asOf;
        this.lines = lines;
        CampaignIndicators sum = CampaignIndicators.ZERO;
        for (Line line : lines) {
            sum = sum.plus(line.indicators());
        }
        this.total = sum;
    }

    /**
     * The totals from their city lines; the province line is computed here as their sum.
     *
     * @param province the province (省), of level {@link DivisionLevel#PROVINCE}
     * @param year the year the campaigns start in
     * @param asOf the date the records and outcomes were read on
     * @param lines one line per city, in any order; kept in city code order. Give every city,
     *     with zero lines, for a complete table
     * @return the totals
     * @throws InvalidInputException with the codes of this class
     * @throws NullPointerException if an argument or a line is null
     */
    public static CampaignTotals of(DivisionCode province, int year, LocalDate asOf, List<Line> lines) {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(asOf, "asOf");
        List<Line> sorted = new ArrayList<>(List.copyOf(lines));
        List<Violation> faults = new ArrayList<>();
        if (province.level() != DivisionLevel.PROVINCE) {
            faults.add(new Violation("province", "campaign.province", "the province must be a province-level division"));
        }
        Set<DivisionCode> seen = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            DivisionCode city = sorted.get(i).city();
            if (city.level() != DivisionLevel.PREFECTURE || !province.contains(city)) {
                faults.add(new Violation("lines[" + i + "]", "campaign.city", "a line belongs to a city of the province"));
            }
            if (!seen.add(city)) {
                faults.add(new Violation("lines[" + i + "]", "campaign.duplicate-city", "a city has one line"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        sorted.sort(Comparator.comparing(Line::city));
        return new CampaignTotals(province, year, asOf, List.copyOf(sorted));
    }

    /**
     * The province.
     *
     * @return the province-level division
     */
    public DivisionCode province() {
        return province;
    }

    /**
     * The year the campaigns start in.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * The date the records and outcomes were read on.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The city lines, in city code order.
     *
     * @return an unmodifiable list
     */
    public List<Line> lines() {
        return lines;
    }

    /**
     * The line of one city.
     *
     * @param city the city
     * @return the line, or empty if the totals have none for it
     * @throws NullPointerException if {@code city} is null
     */
    public Optional<Line> line(DivisionCode city) {
        Objects.requireNonNull(city, "city");
        return lines.stream().filter(l -> l.city().equals(city)).findFirst();
    }

    /**
     * The province line: the field by field sum of the city lines.
     *
     * @return the indicators
     */
    public CampaignIndicators total() {
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CampaignTotals t && province.equals(t.province) && year == t.year && asOf.equals(t.asOf)
                && lines.equals(t.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(province, year, asOf, lines);
    }

    /**
     * The province, year, date, number of cities and the province line.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "CampaignTotals[" + province + " " + year + " as of " + asOf + ", " + lines.size() + " cities, "
                + total + "]";
    }

    /**
     * One city's line: its campaign dates and its indicators counted over them.
     *
     * <p>Immutable and thread-safe.
     *
     * @param city the city (地级市)
     * @param period the city's campaign dates (a city may override the province's)
     * @param indicators the city's indicators
     */
    public record Line(DivisionCode city, DateRange period, CampaignIndicators indicators) {

        /**
         * Checks the fields.
         *
         * @throws NullPointerException if a field is null
         */
        public Line {
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(indicators, "indicators");
        }
    }
}
