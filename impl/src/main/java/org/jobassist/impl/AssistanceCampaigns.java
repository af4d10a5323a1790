package org.jobassist.impl;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.service.match.CampaignTotals;
import org.jobassist.api.service.match.CampaignView;
import org.jobassist.api.service.match.VacancyIndex;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.spi.VacancyStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.internal.match.CampaignEngine;

/**
 * The Employment Assistance Month (就业援助月): the yearly campaign of door-to-door visits,
 * real-name records, guidance, referrals and placement, seen for one city as of a date.
 *
 * <p>The campaign's dates come from the pack ({@code service.campaign.start} and
 * {@code service.campaign.end}, month-days, default 2 January to 2 February). The view
 * ({@link CampaignView}) holds, per street (乡镇街道):
 * <ul>
 *   <li>the people in scope: every person with a needs profile in force in the city on the
 *       view's date (the campaign's last day if the view is later);</li>
 *   <li>the people visited: a {@code HOME_VISIT} service record delivered in the campaign up
 *       to the view's date; the people still to visit: those in scope not visited who are
 *       unemployed or flexibly employed, by id;</li>
 *   <li>the matches proposed: the best {@code k} vacancies open in the city of each person
 *       looking for work (unemployed or flexibly employed), by {@link JobMatching};</li>
 *   <li>the referrals made to people in scope in the campaign up to the view's date, by their
 *       outcome on that date (an outcome recorded later counts as pending).</li>
 * </ul>
 * and the {@link org.jobassist.api.service.match.CampaignIndicators} for the assessment
 * report: people served (a service delivered or a referral made, once each), services
 * delivered, referrals, referrals accepted and placements (people hired through a campaign
 * referral, once each). {@link CampaignView#render()} prints them as a table.
 *
 * <p>For the assessment report, {@link #totals} counts the same indicators for every city of
 * the province, without matching, and sums them into a province line
 * ({@link CampaignTotals}); attach them with
 * {@link org.jobassist.api.assessment.Indicators#withCampaign}.
 *
 * <p>Error codes: {@code campaign.k} ({@code k} below 1), {@code campaign.province} (the
 * division given to {@link #totals} is not a province).
 *
 * <p>Immutable and thread-safe if the stores are.
 */
public final class AssistanceCampaigns {

    private final PolicyPack pack;
    private final NeedsProfileStore profiles;
    private final VacancyStore vacancies;
    private final ServiceRecordStore records;
    private final ReferralStore referrals;

    private AssistanceCampaigns(PolicyPack pack, NeedsProfileStore profiles, VacancyStore vacancies,
                                ServiceRecordStore records, ReferralStore referrals) {
        this.pack = pack;
        this.profiles = profiles;
        this.vacancies = vacancies;
        this.records = records;
        this.referrals = referrals;
    }

    /**
     * Campaigns over the given pack and stores.
     *
     * @param pack the policy pack (campaign dates, matching weights)
     * @param profiles the needs profiles
     * @param vacancies the vacancies
     * @param records the service records
     * @param referrals the referrals
     * @return the campaigns
     * @throws NullPointerException if an argument is null
     */
    public static AssistanceCampaigns of(PolicyPack pack, NeedsProfileStore profiles, VacancyStore vacancies,
                                         ServiceRecordStore records, ReferralStore referrals) {
        return new AssistanceCampaigns(Objects.requireNonNull(pack, "pack"), Objects.requireNonNull(profiles, "profiles"),
                Objects.requireNonNull(vacancies, "vacancies"), Objects.requireNonNull(records, "records"),
                Objects.requireNonNull(referrals, "referrals"));
    }

    /**
     * The campaign's dates in a city and year: from the pack's start month-day of that year to
     * its end month-day, in the next year when the end falls before the start in the calendar.
     * The values are read as in force on 1 January of the year.
     *
     * @param pack the policy pack
     * @param city the city
     * @param year the year the campaign starts in
     * @return the dates, both inclusive
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the pack has no
     *     campaign dates there and then
     * @throws java.time.DateTimeException if the year is out of range
     * @throws NullPointerException if an argument is null
     */
    public static DateRange period(PolicyPack pack, DivisionCode city, int year) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(city, "city");
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        MonthDay start = pack.resolve(PolicyKeys.SERVICE_CAMPAIGN_START, city, jan1).value();
        MonthDay end = pack.resolve(PolicyKeys.SERVICE_CAMPAIGN_END, city, jan1).value();
        LocalDate first = start.atYear(year);
        LocalDate last = end.atYear(year);
        if (last.isBefore(first)) {
            last = end.atYear(year + 1);
        }
        return DateRange.of(first, last);
    }

    /**
     * The campaign's dates in a city and year, from this instance's pack.
     *
     * @param city the city
     * @param year the year the campaign starts in
     * @return the dates
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException as {@link #period(PolicyPack, DivisionCode, int)}
     * @throws NullPointerException if {@code city} is null
     */
    public DateRange period(DivisionCode city, int year) {
        return period(pack, city, year);
    }

    /**
     * The view of a city's campaign as of a date, matching with the pack's weights in force on
     * the campaign's first day.
     *
     * @param city the city
     * @param year the year the campaign starts in
     * @param asOf the date the records and outcomes are read on
     * @param k the matches proposed per person at most, at least 1
     * @return the view
     * @throws InvalidInputException with code {@code campaign.k} if {@code k < 1}
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the pack lacks the
     *     campaign dates or matching weights
     * @throws org.jobassist.api.spi.StorageException if a store fails
     * @throws NullPointerException if an argument is null
     */
    public CampaignView view(DivisionCode city, int year, LocalDate asOf, int k) {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(asOf, "asOf");
        if (k < 1) {
            throw new InvalidInputException(new Violation("k", "campaign.k", "k is at least 1"));
        }
        DateRange period = period(city, year);
        LocalDate day = asOf.isBefore(period.end()) ? asOf : period.end();
        JobMatching matching = JobMatching.of(pack, city, period.start());
        VacancyIndex index = matching.index(vacancies.openIn(city, day));
        return CampaignEngine.view(city, period, asOf, profiles, index, records, referrals, k);
    }

    /**
     * The campaign's indicators of every city of the pack's province in the built-in division
     * table (the 14 cities of Liaoning), as {@link #totals(Divisions, DivisionCode, int, LocalDate)}.
     *
     * @param year the year the campaigns start in
     * @param asOf the date the records and outcomes are read on
     * @return the totals, a line per city, zero lines included
     * @throws InvalidInputException with code {@code campaign.province} if the pack's
     *     jurisdiction is not a province
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the pack lacks a
     *     city's campaign dates
     * @throws org.jobassist.api.spi.StorageException if a store fails
     * @throws NullPointerException if {@code asOf} is null
     */
    public CampaignTotals totals(int year, LocalDate asOf) {
        return totals(Divisions.builtIn(), pack.jurisdiction(), year, asOf);
    }

    /**
     * The campaign's indicators of every city {@code divisions} lists under {@code province},
     * each counted over that city's campaign dates in {@code year} (the pack's, which a city
     * may override) exactly as {@link #view} counts them, and their sum as the province line.
     * No matching is done: the indicators do not depend on it.
     *
     * @param divisions the division table
     * @param province the province
     * @param year the year the campaigns start in
     * @param asOf the date the records and outcomes are read on
     * @return the totals, a line per city, zero lines included
     * @throws InvalidInputException with code {@code campaign.province} if {@code province}
     *     is not a province, or {@code division.unknown} if the table does not hold it
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the pack lacks a
     *     city's campaign dates
     * @throws org.jobassist.api.spi.StorageException if a store fails
     * @throws NullPointerException if an argument is null
     */
    public CampaignTotals totals(Divisions divisions, DivisionCode province, int year, LocalDate asOf) {
        Objects.requireNonNull(divisions, "divisions");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(asOf, "asOf");
        if (province.level() != DivisionLevel.PROVINCE) {
            throw new InvalidInputException(new Violation("province", "campaign.province",
                    "the province must be a province-level division"));
        }
        List<CampaignTotals.Line> lines = new ArrayList<>();
        for (Division city : divisions.children(province)) {
            DateRange period = period(city.code(), year);
            lines.add(new CampaignTotals.Line(city.code(), period,
                    CampaignEngine.indicators(city.code(), period, asOf, profiles, records, referrals)));
        }
        return CampaignTotals.of(province, year, asOf, lines);
    }
}
