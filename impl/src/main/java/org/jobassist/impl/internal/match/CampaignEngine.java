package org.jobassist.impl.internal.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.match.CampaignIndicators;
import org.jobassist.api.service.match.CampaignLine;
import org.jobassist.api.service.match.CampaignView;
import org.jobassist.api.service.match.MatchBatch;
import org.jobassist.api.service.match.VacancyIndex;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.time.DateRange;

/**
 * Computes an Employment Assistance Month view: reads the profiles in force in the city, the
 * service records and referrals of the campaign up to the view's date, and matches the people
 * looking for work against an index of the city's open vacancies. Stateless.
 */
public final class CampaignEngine {

    private CampaignEngine() {}

    /**
     * The view.
     *
     * @param city the city
     * @param period the campaign's dates
     * @param asOf the date outcomes are read on
     * @param profiles the needs profiles
     * @param index the open vacancies, indexed
     * @param records the service records
     * @param referrals the referrals
     * @param k the matches proposed per person at most
     * @return the view
     */
    public static CampaignView view(DivisionCode city, DateRange period, LocalDate asOf, NeedsProfileStore profiles,
                                    VacancyIndex index, ServiceRecordStore records, ReferralStore referrals, int k) {
        Tally tally = tally(city, period, asOf, profiles, records, referrals);
        List<NeedsProfile> seeking = new ArrayList<>();
        for (NeedsProfile p : tally.scope.values()) {
            if (seeksWork(p)) {
                seeking.add(p);
            }
        }
        MatchBatch batch = index.batch(seeking, tally.day, k);

        Map<StreetCode, Line> lines = new TreeMap<>();
        for (NeedsProfile p : tally.scope.values()) {
            Line line = lines.computeIfAbsent(p.street(), s -> new Line());
            line.people++;
            if (tally.visited.contains(p.person())) {
                line.visited++;
            } else if (seeksWork(p)) {
                line.toVisit.add(p.person());
            }
            int matches = batch.scoresOf(p.person()).length;
            line.matches += matches;
            line.withMatches += matches > 0 ? 1 : 0;
        }
        for (Made m : tally.made) {
            Line line = lines.get(tally.scope.get(m.referral().person()).street());
            line.referrals++;
            line.outcomes.merge(m.outcome(), 1, Integer::sum);
        }
        List<CampaignLine> result = new ArrayList<>(lines.size());
        for (Map.Entry<StreetCode, Line> e : lines.entrySet()) {
            Line l = e.getValue();
            l.toVisit.sort(null);
            result.add(new CampaignLine(e.getKey(), l.people, l.visited, l.toVisit, l.matches, l.withMatches,
                    l.referrals, l.outcomes));
        }
        return CampaignView.of(city, period, asOf, result, tally.indicators());
    }

    /**
     * The indicators alone, as {@link #view} counts them, without matching: what the
     * assessment report needs for every city.
     *
     * @param city the city
     * @param period the campaign's dates
     * @param asOf the date outcomes are read on
     * @param profiles the needs profiles
     * @param records the service records
     * @param referrals the referrals
     * @return the indicators
     */
    public static CampaignIndicators indicators(DivisionCode city, DateRange period, LocalDate asOf,
                                                NeedsProfileStore profiles, ServiceRecordStore records,
                                                ReferralStore referrals) {
        return tally(city, period, asOf, profiles, records, referrals).indicators();
    }

    /** One reading of the stores, shared by the view and the indicators so that they agree. */
    private static Tally tally(DivisionCode city, DateRange period, LocalDate asOf, NeedsProfileStore profiles,
                               ServiceRecordStore records, ReferralStore referrals) {
        Tally t = new Tally(asOf.isBefore(period.end()) ? asOf : period.end());
        profiles.forEachInForce(city, t.day, p -> t.scope.put(p.person(), p));
        if (asOf.isBefore(period.start())) {
            return t;
        }
        DateRange sofar = DateRange.of(period.start(), t.day);
        records.forEachIn(sofar, r -> {
            if (r.outcome() == ServiceOutcome.DELIVERED && t.scope.containsKey(r.person())) {
                synchronized (t) {
                    t.delivered++;
                    t.served.add(r.person());
                    if (r.kind() == ServiceActionKind.HOME_VISIT) {
                        t.visited.add(r.person());
                    }
                }
            }
        });
        for (Referral r : referrals.inPeriod(sofar)) {
            if (!t.scope.containsKey(r.person())) {
                continue;
            }
            ReferralOutcome outcome = outcomeOn(r, asOf);
            t.made.add(new Made(r, outcome));
            t.served.add(r.person());
            if (outcome.accepted()) {
                t.accepted++;
            }
            if (outcome == ReferralOutcome.ACCEPTED_HIRED) {
                t.placed.add(r.person());
            }
        }
        return t;
    }

    /** Not employed: the people a campaign visits and proposes vacancies to. */
    static boolean seeksWork(NeedsProfile p) {
        return p.status() == EmploymentStatus.UNEMPLOYED || p.status() == EmploymentStatus.FLEXIBLY_EMPLOYED;
    }

    /** The outcome as it stood on {@code asOf}: one recorded later was still pending then. */
    static ReferralOutcome outcomeOn(Referral r, LocalDate asOf) {
        if (r.outcome() == ReferralOutcome.PENDING) {
            return ReferralOutcome.PENDING;
        }
        return r.outcomeDate().filter(d -> d.isAfter(asOf)).isPresent() ? ReferralOutcome.PENDING : r.outcome();
    }

    /** What the stores said about the people in scope up to the view's day. */
    private static final class Tally {
        final LocalDate day;
        final Map<PersonId, NeedsProfile> scope = new HashMap<>();
        final Set<PersonId> visited = new HashSet<>();
        final Set<PersonId> served = new HashSet<>();
        int delivered;
        /** The campaign's referrals to people in scope, in the store's order, with their outcome as of the date. */
        final List<Made> made = new ArrayList<>();
        int accepted;
        final Set<PersonId> placed = new HashSet<>();

        Tally(LocalDate day) {
            this.day = day;
        }

        CampaignIndicators indicators() {
            return new CampaignIndicators(scope.size(), visited.size(), served.size(), delivered, made.size(),
                    accepted, placed.size());
        }
    }

    /** A referral of the campaign and its outcome as of the view's date. */
    private record Made(Referral referral, ReferralOutcome outcome) {}

    private static final class Line {
        int people;
        int visited;
        final List<PersonId> toVisit = new ArrayList<>();
        int matches;
        int withMatches;
        int referrals;
        final Map<ReferralOutcome, Integer> outcomes = new EnumMap<>(ReferralOutcome.class);
    }
}
