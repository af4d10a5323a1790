package org.jobassist.impl.internal.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.ReferralStore;

/**
 * A {@link PersonStore} over another whose reads answer each record with its accepted referrals
 * taken from a {@link ReferralStore} at read time; writes go to the other store unchanged. The
 * change feed is the interface's default (everything), because a referral's outcome changes
 * what the view answers without a write to the person store.
 */
public final class ReferralPersonView implements PersonStore {

    private final PersonStore people;
    private final ReferralStore referrals;

    /**
     * A view.
     *
     * @param people the stored people
     * @param referrals the referrals
     */
    public ReferralPersonView(PersonStore people, ReferralStore referrals) {
        this.people = Objects.requireNonNull(people, "people");
        this.referrals = Objects.requireNonNull(referrals, "referrals");
    }

    @Override
    public void save(PersonRecord person) {
        people.save(person);
    }

    @Override
    public BatchResult saveAll(List<PersonRecord> batch) {
        return people.saveAll(batch);
    }

    @Override
    public Optional<PersonRecord> find(PersonId id) {
        return people.find(id).map(p -> HistoryEngine.withAcceptedReferrals(referrals, p));
    }

    @Override
    public Optional<PersonRecord> findByIdNumber(ResidentIdNumber idNumber) {
        return people.findByIdNumber(idNumber).map(p -> HistoryEngine.withAcceptedReferrals(referrals, p));
    }

    @Override
    public void forEach(Consumer<? super PersonRecord> action) {
        Objects.requireNonNull(action, "action");
        people.forEach(p -> action.accept(HistoryEngine.withAcceptedReferrals(referrals, p)));
    }

    @Override
    public long count() {
        return people.count();
    }

    @Override
    public String toString() {
        return "ReferralPersonView[" + people + "]";
    }
}
