package org.jobassist.impl.internal.query;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.spi.PersonStore;

/**
 * Finds a person's record by ID number.
 *
 * <p>A store that overrides {@link PersonStore#findByIdNumber} (a database with an index on the
 * number) is asked directly. For a store that keeps the scanning default (the in-memory store
 * does: an index there would belong to its table, which this engine does not own), a query
 * would scan every record; this lookup instead keeps its own map from number to id, built by
 * one {@link PersonStore#forEach} scan. The map may go stale as the host writes, so a hit is
 * checked against the stored record, and a miss or a stale hit rebuilds the map with one new
 * scan. A number the store does not hold therefore costs a scan every time it is asked.
 * Where several records share a number, the least id of the last scan wins.
 *
 * <p>Thread-safe: the map is replaced whole; rebuilds are serialised.
 */
final class PersonLookup {

    private final PersonStore store;
    private final boolean storeHasIndex;
    private volatile Map<ResidentIdNumber, PersonId> index;

    PersonLookup(PersonStore store) {
        this.store = Objects.requireNonNull(store, "personStore");
        this.storeHasIndex = overridesFindByIdNumber(store);
    }

    private static boolean overridesFindByIdNumber(PersonStore store) {
        try {
            return store.getClass().getMethod("findByIdNumber", ResidentIdNumber.class).getDeclaringClass()
                    != PersonStore.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError("PersonStore declares findByIdNumber", e);
        }
    }

    Optional<PersonRecord> find(ResidentIdNumber number) {
        if (storeHasIndex) {
            return store.findByIdNumber(number);
        }
        Map<ResidentIdNumber, PersonId> current = index;
        if (current != null) {
            PersonId id = current.get(number);
            if (id != null) {
                Optional<PersonRecord> held = store.find(id);
                if (held.isPresent() && held.get().idNumber().equals(number)) {
                    return held;
                }
            }
        }
        return rebuild(number);
    }

    private synchronized Optional<PersonRecord> rebuild(ResidentIdNumber number) {
        Map<ResidentIdNumber, PersonId> fresh = new HashMap<>();
        store.forEach(p -> fresh.merge(p.idNumber(), p.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        index = fresh;
        PersonId id = fresh.get(number);
        // Read again by id: the scan may have seen an older version of the record.
        return id == null ? Optional.empty() : store.find(id).filter(p -> p.idNumber().equals(number));
    }

    /** @return whether the store is asked directly */
    boolean usesStoreIndex() {
        return storeHasIndex;
    }
}
