package org.jobassist.impl.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.NeedsProfileStore;

/**
 * A {@link NeedsProfileStore} in hash maps under one read–write lock: per person a map from
 * day recorded to profile, and per street the people who ever had a profile naming it (the
 * street of the profile in force is checked at read time). A batch is one write-locked step,
 * so readers see it whole; iterations copy what they hand out under the read lock and call the
 * action outside it.
 */
public final class InMemoryNeedsProfileStore implements NeedsProfileStore {

    private final Guarded guard = new Guarded();
    private final Map<PersonId, TreeMap<LocalDate, NeedsProfile>> byPerson = new HashMap<>();
    private final Map<StreetCode, Set<PersonId>> byStreet = new HashMap<>();
    private long count;

    /** A new, empty store. */
    public InMemoryNeedsProfileStore() {}

    @Override
    public BatchResult saveAll(List<NeedsProfile> profiles) {
        StoreChecks.check(profiles, "profiles", p -> List.of(p.person(), p.recordedOn()), "");
        return guard.write(() -> {
            int inserted = 0;
            int replaced = 0;
            int unchanged = 0;
            for (NeedsProfile p : profiles) {
                NeedsProfile before = byPerson.computeIfAbsent(p.person(), k -> new TreeMap<>())
                        .put(p.recordedOn(), p);
                byStreet.computeIfAbsent(p.street(), k -> new HashSet<>()).add(p.person());
                if (before == null) {
                    inserted++;
                    count++;
                } else if (before.equals(p)) {
                    unchanged++;
                } else {
                    replaced++;
                }
            }
            return new BatchResult(inserted, replaced, unchanged);
        });
    }

    @Override
    public Optional<NeedsProfile> inForce(PersonId person, LocalDate date) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(date, "date");
        return guard.read(() -> Optional.ofNullable(inForceLocked(person, date)));
    }

    private NeedsProfile inForceLocked(PersonId person, LocalDate date) {
        TreeMap<LocalDate, NeedsProfile> history = byPerson.get(person);
        if (history == null) {
            return null;
        }
        Map.Entry<LocalDate, NeedsProfile> e = history.floorEntry(date);
        return e == null ? null : e.getValue();
    }

    @Override
    public List<NeedsProfile> history(PersonId person) {
        Objects.requireNonNull(person, "person");
        return guard.read(() -> {
            TreeMap<LocalDate, NeedsProfile> history = byPerson.get(person);
            return history == null ? List.<NeedsProfile>of() : List.copyOf(history.values());
        });
    }

    @Override
    public List<NeedsProfile> inForceOnStreet(StreetCode street, LocalDate date) {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(date, "date");
        List<NeedsProfile> found = guard.read(() -> {
            List<NeedsProfile> copy = new ArrayList<>();
            for (PersonId person : byStreet.getOrDefault(street, Set.of())) {
                NeedsProfile p = inForceLocked(person, date);
                if (p != null && p.street().equals(street)) {
                    copy.add(p);
                }
            }
            return copy;
        });
        found.sort((a, b) -> a.person().compareTo(b.person()));
        return List.copyOf(found);
    }

    @Override
    public void forEachInForce(DivisionCode area, LocalDate date, Consumer<? super NeedsProfile> action) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(action, "action");
        List<NeedsProfile> found = guard.read(() -> {
            List<NeedsProfile> copy = new ArrayList<>();
            for (TreeMap<LocalDate, NeedsProfile> history : byPerson.values()) {
                Map.Entry<LocalDate, NeedsProfile> e = history.floorEntry(date);
                if (e != null && area.contains(e.getValue().street().county())) {
                    copy.add(e.getValue());
                }
            }
            return copy;
        });
        found.forEach(action);
    }

    @Override
    public long count() {
        return guard.read(() -> count);
    }

    @Override
    public String toString() {
        return "InMemoryNeedsProfileStore[" + count() + " profiles]";
    }
}
