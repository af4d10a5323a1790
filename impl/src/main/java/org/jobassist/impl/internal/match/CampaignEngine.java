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
        LocalDate day = asOf.isBefore(period.end()) ? asOf : period.end();
        Map<PersonId, NeedsProfile> scope = new HashMap<>();
        profiles.forEachInForce(city, day, p -> scope.put(p.person(), p));
        List<NeedsProfile> seeking = new ArrayList<>();
        for (NeedsProfile p : scope.values()) {
            if (seeksWork(p)) {
                seeking.add(p);
            }
        }
        MatchBatch batch = index.batch(seeking, day, k);

        Set<PersonId> visited = new HashSet<>();
        Set<PersonId> served = new HashSet<>();
        int[] delivered = {0};
        List<Referral> made = List.of();
        if (!asOf.isBefore(period.start())) {
            DateRange sofar = DateRange.of(period.start(), day);
            records.forEachIn(sofar, r -> {
                if (r.outcome() == ServiceOutcome.DELIVERED && scope.containsKey(r.person())) {
                    synchronized (visited) {
                        delivered[0]++;
                        served.add(r.person());
                        if (r.kind() == ServiceActionKind.HOME_VISIT) {
                            visited.add(r.person());
                        }
                    }
                }
            });
            made = referrals.inPeriod(sofar);
        }

        Map<StreetCode, Line> lines = new TreeMap<>();
        for (NeedsProfile p : scope.values()) {
            Line line = lines.computeIfAbsent(p.street(), s -> new Line());
            line.people++;
            if (visited.contains(p.person())) {
                line.visited++;
            } else if (seeksWork(p)) {
                line.toVisit.add(p.person());
            }
            int matches = batch.scoresOf(p.person()).length;
            line.matches += matches;
            line.withMatches += matches > 0 ? 1 : 0;
        }
        int referralCount = 0;
        int accepted = 0;
        Set<PersonId> placed = new HashSet<>();
        for (Referral r : made) {
            NeedsProfile p = scope.get(r.person());
            if (p == null) {
                continue;
            }
            ReferralOutcome outcome = outcomeOn(r, asOf);
            Line line = lines.get(p.street());
            line.referrals++;
            line.outcomes.merge(outcome, 1, Integer::sum);
            referralCount++;
            served.add(r.person());
            if (outcome.accepted()) {
                accepted++;
            }
            if (outcome == ReferralOutcome.ACCEPTED_HIRED) {
                placed.add(r.person());
            }
        }
        List<CampaignLine> result = new ArrayList<>(lines.size());
        for (Map.Entry<StreetCode, Line> e : lines.entrySet()) {
            Line l = e.getValue();
            l.toVisit.sort(null);
            result.add(new CampaignLine(e.getKey(), l.people, l.visited, l.toVisit, l.matches, l.withMatches,
                    l.referrals, l.outcomes));
        }
        CampaignIndicators indicators = new CampaignIndicators(scope.size(), visited.size(), served.size(),
                delivered[0], referralCount, accepted, placed.size());
        return CampaignView.of(city, period, asOf, result, indicators);
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
