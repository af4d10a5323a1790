package org.jobassist.impl.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.time.DateRange;

/**
 * What recognition reads from the service history: the days a person accepted a suitable
 * referral, and the days a person refused a service or a referral. Stateless and thread-safe.
 */
public final class HistoryEngine {

    private HistoryEngine() {}

    /**
     * The outcome days of {@code person}'s suitable referrals accepted (hired or not), sorted.
     *
     * @param referrals the referral store
     * @param person the person
     * @return the days, one per referral
     */
    public static List<LocalDate> acceptedReferralDays(ReferralStore referrals, PersonId person) {
        Objects.requireNonNull(person, "person");
        List<LocalDate> days = new ArrayList<>();
        for (Referral r : referrals.byPerson(person)) {
            if (r.suitable() && r.accepted()) {
                days.add(r.outcomeDate().orElseThrow());
            }
        }
        days.sort(null);
        return List.copyOf(days);
    }

    /**
     * {@code person} with its accepted referrals replaced by those of the referral store.
     *
     * @param referrals the referral store
     * @param person the record
     * @return the record as recognition should read it
     */
    public static PersonRecord withAcceptedReferrals(ReferralStore referrals, PersonRecord person) {
        Objects.requireNonNull(person, "person");
        List<LocalDate> days = acceptedReferralDays(referrals, person.id());
        if (days.equals(person.acceptedReferrals())) {
            return person;
        }
        PersonRecord.Builder b = PersonRecord.builder(person.id()).idNumber(person.idNumber())
                .retirementClass(person.retirementClass()).residence(person.residence());
        person.household().ifPresent(b::household);
        person.unemploymentRegistrations().forEach(b::unemploymentRegistration);
        days.forEach(b::acceptedReferral);
        return b.build();
    }

    /**
     * The days within {@code window} on which {@code person} refused a service (a service
     * record with outcome {@code REFUSED}, dated by the record) or a referral (outcome
     * {@code REFUSED}, dated by its outcome day), sorted; one day per refusal.
     *
     * @param records the service records
     * @param referrals the referrals
     * @param person the person
     * @param window the days counted
     * @return the days
     */
    public static List<LocalDate> refusals(ServiceRecordStore records, ReferralStore referrals, PersonId person,
            DateRange window) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(window, "window");
        List<LocalDate> days = new ArrayList<>();
        for (ServiceRecord r : records.byPerson(person, window)) {
            if (r.outcome() == ServiceOutcome.REFUSED) {
                days.add(r.date());
            }
        }
        for (Referral r : referrals.byPerson(person)) {
            if (r.outcome() == ReferralOutcome.REFUSED && window.contains(r.outcomeDate().orElseThrow())) {
                days.add(r.outcomeDate().orElseThrow());
            }
        }
        days.sort(null);
        return List.copyOf(days);
    }
}
