package org.jobassist.api.service.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.time.DateRange;

/**
 * A city's Employment Assistance Month (就业援助月) as of a date: one {@link CampaignLine} per
 * street with people in scope, and the campaign's {@link CampaignIndicators} for the
 * assessment report. {@link #render()} writes both as a text table.
 *
 * <p>Error codes of {@link #of}: {@code campaign.street} (a line's street is not in the city;
 * path {@code lines[i]}), {@code campaign.duplicate-street} (two lines of one street).
 *
 * <p>Immutable and thread-safe.
 */
public final class CampaignView {

    private final DivisionCode city;
    private final DateRange period;
    private final LocalDate asOf;
    private final List<CampaignLine> lines;
    private final CampaignIndicators indicators;

    private CampaignView(DivisionCode city, DateRange period, LocalDate asOf, List<CampaignLine> lines,
                         CampaignIndicators indicators) {
        this.city = city;
        this.period = period;
        this.asOf = asOf;
        this.lines = lines;
        this.indicators = indicators;
    }

    /**
     * The view from its parts.
     *
     * @param city the city (or any division holding the streets)
     * @param period the campaign's dates
     * @param asOf the date outcomes were read on
     * @param lines the street lines, in any order; kept in street order
     * @param indicators the indicators
     * @return the view
     * @throws InvalidInputException with the codes of this class
     * @throws NullPointerException if an argument or a line is null
     */
    public static CampaignView of(DivisionCode city, DateRange period, LocalDate asOf, List<CampaignLine> lines,
                                  CampaignIndicators indicators) {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(indicators, "indicators");
        List<CampaignLine> sorted = new ArrayList<>(List.copyOf(lines));
        List<Violation> faults = new ArrayList<>();
        Set<StreetCode> seen = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            StreetCode street = sorted.get(i).street();
            if (!city.equals(street.county()) && !city.contains(street.county())) {
                faults.add(new Violation("lines[" + i + "]", "campaign.street", "a line's street lies in the city"));
            }
            if (!seen.add(street)) {
                faults.add(new Violation("lines[" + i + "]", "campaign.duplicate-street", "a street has one line"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        sorted.sort(Comparator.comparing(CampaignLine::street));
        return new CampaignView(city, period, asOf, List.copyOf(sorted), indicators);
    }

    /**
     * The city.
     *
     * @return the division
     */
    public DivisionCode city() {
        return city;
    }

    /**
     * The campaign's dates.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * The date outcomes were read on.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The street lines, in street order.
     *
     * @return an unmodifiable list
     */
    public List<CampaignLine> lines() {
        return lines;
    }

    /**
     * The indicators for the assessment report.
     *
     * @return the indicators
     */
    public CampaignIndicators indicators() {
        return indicators;
    }

    /**
     * The people still to visit in all streets.
     *
     * @return the sum of the lines' lists' sizes
     */
    public int peopleToVisit() {
        return lines.stream().mapToInt(l -> l.toVisit().size()).sum();
    }

    /**
     * The view as a text table: a heading, one row per street and a total row, then the
     * indicators. Columns: people, visited, to visit, matches, referrals, then the referrals by
     * outcome (pending, hired, not hired, refused, no answer). Lines end with {@code \n}.
     * No personal data: the table shows counts, not who is to visit.
     *
     * @return the table
     */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("Employment Assistance Month ").append(period).append(", ").append(city).append(", as of ")
                .append(asOf).append('\n');
        String format = "%-9s %6s %7s %8s %7s %9s %7s %5s %9s %7s %9s%n";
        sb.append(String.format(Locale.ROOT, format, "street", "people", "visited", "to-visit", "matches",
                "referrals", "pending", "hired", "not-hired", "refused", "no-answer"));
        int[] total = new int[10];
        for (CampaignLine line : lines) {
            int[] row = row(line);
            for (int i = 0; i < row.length; i++) {
                total[i] += row[i];
            }
            sb.append(String.format(Locale.ROOT, format, texts(line.street().toString(), row)));
        }
        sb.append(String.format(Locale.ROOT, format, texts("total", total)));
        CampaignIndicators i = indicators;
        sb.append("people in scope ").append(i.peopleInScope()).append(", visited ").append(i.peopleVisited())
                .append(", served ").append(i.peopleServed()).append("; services delivered ")
                .append(i.servicesDelivered()).append("; referrals ").append(i.referrals()).append(", accepted ")
                .append(i.referralsAccepted()).append("; placements ").append(i.placements()).append('\n');
        return sb.toString();
    }

    private static int[] row(CampaignLine line) {
        return new int[] {line.people(), line.visited(), line.toVisit().size(), line.matchesProposed(),
            line.referrals(), line.outcome(ReferralOutcome.PENDING), line.outcome(ReferralOutcome.ACCEPTED_HIRED),
            line.outcome(ReferralOutcome.ACCEPTED_NOT_HIRED), line.outcome(ReferralOutcome.REFUSED),
            line.outcome(ReferralOutcome.NO_ANSWER)};
    }

    private static Object[] texts(String label, int[] row) {
        Object[] texts = new Object[row.length + 1];
        texts[0] = label;
        for (int i = 0; i < row.length; i++) {
            texts[i + 1] = Integer.toString(row[i]);
        }
        return texts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CampaignView v && city.equals(v.city) && period.equals(v.period) && asOf.equals(v.asOf)
                && lines.equals(v.lines) && indicators.equals(v.indicators);
    }

    @Override
    public int hashCode() {
        return Objects.hash(city, period, asOf, lines, indicators);
    }

    /**
     * The city, dates, number of streets and the indicators.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "CampaignView[" + city + " " + period + " as of " + asOf + ", " + lines.size() + " streets, "
                + indicators + "]";
    }
}
