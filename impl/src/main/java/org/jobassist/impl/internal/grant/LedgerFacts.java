package org.jobassist.impl.internal.grant;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;

/**
 * The facts of a case the ledger knows better than the host's input: the months of subsidy
 * already paid and, for a public welfare post, the earlier placements.
 *
 * <p>Months of the period asked about that the ledger already holds are <em>not</em> counted
 * as enjoyed: they are calculated again, come out equal and are found already present, so
 * granting the same case twice pays nothing twice and changes nothing. Reads and the later
 * write are not one step: a concurrent grant for the same person can make the count stale,
 * and then the ledger's own caps refuse the write rather than pay a month too many. Stateless
 * apart from the ledger; thread-safe when the ledger is.
 */
public final class LedgerFacts {

    /** The kinds whose months count against one social-insurance entitlement. */
    public static final Set<SubsidyKind> SOCIAL_INSURANCE_KINDS = Set.copyOf(EnumSet.of(
            SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE));

    private final EntitlementLedger ledger;

    /**
     * Facts read from {@code ledger}.
     *
     * @param ledger the ledger
     * @throws NullPointerException if {@code ledger} is null
     */
    public LedgerFacts(EntitlementLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * The input with {@code monthsAlreadyEnjoyed} replaced by the ledger's count: the distinct
     * months the person was paid either social-insurance kind
     * ({@link EntitlementLedger#monthsEnjoyed}), less those of the input's period.
     *
     * @param input the case
     * @return the case with the ledger's count
     */
    public SocialInsuranceSubsidyInput socialInsurance(SocialInsuranceSubsidyInput input) {
        Objects.requireNonNull(input, "input");
        ResidentIdNumber person = input.person();
        int enjoyed = ledger.monthsEnjoyed(person, SOCIAL_INSURANCE_KINDS);
        Set<YearMonth> inPeriod = new HashSet<>();
        for (LedgerEntry e : ledger.byBeneficiary(Beneficiary.person(person))) {
            if (SOCIAL_INSURANCE_KINDS.contains(e.kind()) && person.equals(e.person().orElse(null))) {
                e.month().filter(m -> within(m, input.firstMonth(), input.lastMonth())).ifPresent(inPeriod::add);
            }
        }
        return input.toBuilder().monthsAlreadyEnjoyed(Math.max(0, enjoyed - inPeriod.size())).build();
    }

    /**
     * The input with the ledger's facts of the person's public-welfare-post placements, the
     * placement being granted identified by {@code placementReference}:
     * <ul>
     *   <li>{@code monthsAlreadyEnjoyed}: replaced by the distinct months the ledger holds
     *       under that reference, less those of the input's period;</li>
     *   <li>{@code previousPlacements}: the input's, plus each other placement of
     *       {@link EntitlementLedger#grants} that began before this one and overlaps none of the
     *       input's, taken as its paid months: from the first day of its first month to the
     *       last day of its last month, ended no later than the day before the next placement
     *       (the ledger knows months, not days; the host's days win where it gives them).</li>
     * </ul>
     *
     * @param input the case
     * @param placementReference the grant reference of this placement
     * @return the case with the ledger's facts
     */
    public PublicWelfarePostInput publicWelfarePost(PublicWelfarePostInput input, String placementReference) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(placementReference, "placementReference");
        ResidentIdNumber person = input.person();
        SortedSet<String> references = ledger.grants(person, SubsidyKind.PUBLIC_WELFARE_POST);
        Map<String, TreeSet<YearMonth>> monthsByReference = new TreeMap<>();
        for (LedgerEntry e : ledger.byBeneficiary(Beneficiary.person(person))) {
            if (e.kind() == SubsidyKind.PUBLIC_WELFARE_POST && person.equals(e.person().orElse(null))) {
                e.month().ifPresent(m -> monthsByReference.computeIfAbsent(e.grantReference(), r -> new TreeSet<>())
                        .add(m));
            }
        }
        int enjoyed = 0;
        for (YearMonth m : monthsByReference.getOrDefault(placementReference, new TreeSet<>())) {
            if (!within(m, input.firstMonth(), input.lastMonth())) {
                enjoyed++;
            }
        }
        LocalDate start = input.placement().start();
        List<DateRange> fromLedger = new ArrayList<>();
        for (String reference : references) {
            TreeSet<YearMonth> months = monthsByReference.get(reference);
            if (reference.equals(placementReference) || months == null || months.isEmpty()) {
                continue;
            }
            DateRange paid = DateRange.of(months.first().atDay(1), months.last().atEndOfMonth());
            if (paid.start().isBefore(start) && input.previousPlacements().stream().noneMatch(paid::overlaps)) {
                fromLedger.add(paid);
            }
        }
        fromLedger.sort(Comparator.naturalOrder());
        PublicWelfarePostInput.Builder b = input.toBuilder().monthsAlreadyEnjoyed(enjoyed);
        for (int i = 0; i < fromLedger.size(); i++) {
            DateRange p = fromLedger.get(i);
            LocalDate next = i + 1 < fromLedger.size() ? fromLedger.get(i + 1).start() : start;
            for (DateRange given : input.previousPlacements()) {
                next = given.start().isAfter(p.start()) && given.start().isBefore(next) ? given.start() : next;
            }
            LocalDate end = p.end().isBefore(next) ? p.end() : next.minusDays(1);
            if (!end.isBefore(p.start())) {
                b.previousPlacement(DateRange.of(p.start(), end));
            }
        }
        return b.build();
    }

    private static boolean within(YearMonth m, YearMonth first, YearMonth last) {
        return !m.isBefore(first) && !m.isAfter(last);
    }
}
