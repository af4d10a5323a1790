package org.jobassist.impl.internal.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.query.AccessScope;
import org.jobassist.api.query.AuditEvent;
import org.jobassist.api.query.AuditFailedException;
import org.jobassist.api.query.Caller;
import org.jobassist.api.query.EnjoyedPolicies;
import org.jobassist.api.query.KindSummary;
import org.jobassist.api.query.OtherCities;
import org.jobassist.api.query.PaymentLine;
import org.jobassist.api.query.QueryKind;
import org.jobassist.api.query.RecognitionLine;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.spi.AuditSink;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;

/**
 * The enjoyed-policies query: one read of each store, the answer cut to the caller's scope,
 * the audit event recorded before the answer leaves. Stateless but for the person lookup's
 * map; thread-safe.
 */
public final class QueryEngine {

    private final EntitlementLedger ledger;
    private final RecognitionStore recognitions;
    private final PersonLookup people;
    private final AuditSink audit;

    /**
     * An engine over the host's stores.
     *
     * @param ledger the entitlement ledger
     * @param recognitions the recognition store
     * @param people the person store
     * @param audit the audit sink
     * @throws NullPointerException if an argument is null
     */
    public QueryEngine(EntitlementLedger ledger, RecognitionStore recognitions, PersonStore people, AuditSink audit) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.recognitions = Objects.requireNonNull(recognitions, "recognitionStore");
        this.people = new PersonLookup(people);
        this.audit = Objects.requireNonNull(audit, "auditSink");
    }

    /**
     * The policies {@code person} has enjoyed, as {@code caller} may see them; audited.
     *
     * @param caller who asks
     * @param person whom about
     * @param at when
     * @return the answer
     * @throws AuditFailedException if the sink failed; nothing is returned
     * @throws NullPointerException if an argument is null
     */
    public EnjoyedPolicies enjoyed(Caller caller, ResidentIdNumber person, Instant at) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(at, "at");
        AccessScope scope = caller.scope();
        Map<SubsidyKind, List<PaymentLine>> shown = new EnumMap<>(SubsidyKind.class);
        Set<DivisionCode> otherCities = new HashSet<>();
        Set<SubsidyKind> otherKinds = EnumSet.noneOf(SubsidyKind.class);
        int hidden = 0;
        for (LedgerEntry e : ledger.byBeneficiary(Beneficiary.person(person))) {
            if (scope.covers(e.city())) {
                shown.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(PaymentLine.of(e));
            } else {
                otherCities.add(e.city());
                otherKinds.add(e.kind());
                hidden++;
            }
        }
        Optional<PersonRecord> record = people.find(person);
        RecognitionLine recognition = null;
        boolean recognitionElsewhere = false;
        if (record.isPresent()) {
            Optional<RecognitionRecord> held = recognitions.find(record.get().id());
            if (held.isPresent()) {
                DivisionCode city = cityOf(record.get().residence());
                if (scope.covers(city)) {
                    recognition = new RecognitionLine(city, held.get());
                } else {
                    otherCities.add(city);
                    recognitionElsewhere = true;
                    hidden++;
                }
            }
        }
        List<KindSummary> kinds = new ArrayList<>();
        shown.forEach((kind, lines) -> kinds.add(KindSummary.of(kind, lines)));
        EnjoyedPolicies result = EnjoyedPolicies.of(person, scope, at, record.isPresent(), kinds,
                Optional.ofNullable(recognition), new OtherCities(otherCities.size(), otherKinds, recognitionElsewhere));
        AuditEvent event = AuditEvent.of(caller, at, person, QueryKind.ENJOYED_POLICIES, result.shownRecords(), hidden);
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            // Fail closed: an answer the trail does not show is never handed out.
            throw new AuditFailedException(e);
        }
        return result;
    }

    /** A county's city; a county directly under its province stands for itself. */
    private static DivisionCode cityOf(DivisionCode residence) {
        if (residence.level() != DivisionLevel.COUNTY) {
            return residence;
        }
        DivisionCode parent = residence.parent().orElseThrow();
        return parent.level() == DivisionLevel.PREFECTURE ? parent : residence;
    }

    @Override
    public String toString() {
        return "QueryEngine[" + (people.usesStoreIndex() ? "store index" : "own index") + "]";
    }
}
