package org.jobassist.impl.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.service.Referral;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.StaleRecordException;
import org.jobassist.api.time.DateRange;

/**
 * A {@link ReferralStore} in hash maps (by id; per person and per vacancy the ids) under one
 * read–write lock. An update compares the version and writes as one write-locked step, so of
 * two writers naming one version exactly one wins.
 */
public final class InMemoryReferralStore implements ReferralStore {

    /** Date, then id: the order of every list this store answers. */
    static final Comparator<Referral> ORDER = Comparator.comparing(Referral::date).thenComparing(Referral::id);

    private final Guarded guard = new Guarded();
    private final Map<String, Referral> byId = new HashMap<>();
    private final Map<PersonId, List<String>> byPerson = new HashMap<>();
    private final Map<String, List<String>> byVacancy = new HashMap<>();

    /** A new, empty store. */
    public InMemoryReferralStore() {}

    @Override
    public BatchResult saveAll(List<Referral> referrals) {
        StoreChecks.check(referrals, "referrals", Referral::id, ".id", Referral::sameContentAs);
        return guard.write(() -> {
            StoreChecks.refuseConflicts(byId, referrals, "referrals", Referral::id, Referral::sameContentAs,
                    "another referral is stored under this id; change it with update");
            int inserted = 0;
            int unchanged = 0;
            for (Referral r : referrals) {
                if (byId.containsKey(r.id())) {
                    unchanged++;
                    continue;
                }
                byId.put(r.id(), r.withVersion(1));
                byPerson.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r.id());
                byVacancy.computeIfAbsent(r.vacancyId(), k -> new ArrayList<>()).add(r.id());
                inserted++;
            }
            return new BatchResult(inserted, 0, unchanged);
        });
    }

    @Override
    public Referral update(Referral referral, long expectedVersion) {
        Objects.requireNonNull(referral, "referral");
        if (expectedVersion < 0) {
            throw new InvalidInputException(new Violation("expectedVersion", "store.version-negative",
                    "a version is not negative"));
        }
        return guard.write(() -> {
            Referral stored = byId.get(referral.id());
            if (stored == null) {
                throw new InvalidInputException(new Violation("id", "store.unknown-id", "no referral is stored under this id"));
            }
            if (stored.sameContentAs(referral)) {
                return stored;
            }
            List<Violation> faults = stored.fixedFieldsChangedBy(referral);
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            if (stored.version() != expectedVersion) {
                throw new StaleRecordException(expectedVersion, stored.version());
            }
            Referral next = referral.withVersion(expectedVersion + 1);
            byId.put(next.id(), next);
            return next;
        });
    }

    @Override
    public Optional<Referral> find(String id) {
        Objects.requireNonNull(id, "id");
        return guard.read(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<Referral> byPerson(PersonId person) {
        Objects.requireNonNull(person, "person");
        return resolve(person, byPerson);
    }

    @Override
    public List<Referral> byVacancy(String vacancyId) {
        Objects.requireNonNull(vacancyId, "vacancyId");
        return resolve(vacancyId, byVacancy);
    }

    private <K> List<Referral> resolve(K key, Map<K, List<String>> index) {
        List<Referral> found = guard.read(() -> {
            List<Referral> copy = new ArrayList<>();
            for (String id : index.getOrDefault(key, List.of())) {
                copy.add(byId.get(id));
            }
            return copy;
        });
        found.sort(ORDER);
        return List.copyOf(found);
    }

    @Override
    public List<Referral> inPeriod(DateRange period) {
        Objects.requireNonNull(period, "period");
        return List.copyOf(guard.select(byId.values(), r -> period.contains(r.date()), ORDER));
    }

    @Override
    public long count() {
        return guard.read(byId::size);
    }

    @Override
    public String toString() {
        return "InMemoryReferralStore[" + count() + " referrals]";
    }
}
