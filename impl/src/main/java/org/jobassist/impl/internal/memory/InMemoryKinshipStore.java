package org.jobassist.impl.internal.memory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.KinshipBatch;
import org.jobassist.api.spi.KinshipStore;

/**
 * {@link KinshipStore} holding one immutable {@link KinshipGraph} in a volatile field. A batch
 * is validated under the writer lock by building the stored graph's {@code toBuilder()} plus
 * the batch's new facts, so each batch revalidates the whole graph: time linear in the stored
 * facts, fine for an embedded default and for tests. A database store would check the same
 * rules with constraints and queries on the people the batch touches. Readers never block.
 * Thread-safe.
 */
public final class InMemoryKinshipStore implements KinshipStore {

    private static final Pattern FACT_PATH =
            Pattern.compile("^(people|marriages|parentages|livingTogether|residences)\\[(\\d+)\\](.*)$", Pattern.DOTALL);

    private final Object writeLock = new Object();
    private volatile KinshipGraph graph = KinshipGraph.builder().build();

    /** An empty store. */
    public InMemoryKinshipStore() {}

    @Override
    public BatchResult apply(KinshipBatch batch) {
        Objects.requireNonNull(batch, "batch");
        synchronized (writeLock) {
            KinshipGraph stored = graph;
            KinshipGraph.Builder combined = stored.toBuilder();
            List<Violation> faults = new ArrayList<>();
            Merge people = merge("people", stored.people(), batch.people(), combined::person, faults);
            Merge marriages = merge("marriages", stored.marriages(), batch.marriages(), combined::marriage, faults);
            Merge parentages = merge("parentages", stored.parentages(), batch.parentages(), combined::parentage,
                    faults);
            Merge together = merge("livingTogether", stored.livingTogether(), batch.livingTogether(),
                    combined::livingTogether, faults);
            Merge residences = merge("residences", stored.residences(), batch.residences(), combined::residence,
                    faults);
            List<Merge> merges = List.of(people, marriages, parentages, together, residences);
            int inserted = merges.stream().mapToInt(m -> m.batchIndex.size()).sum();
            KinshipGraph next = null;
            if (inserted > 0) {
                // Built even when the batch repeats a fact, so that one exception lists every fault.
                try {
                    next = combined.build();
                } catch (InvalidInputException e) {
                    for (Violation v : e.violations()) {
                        faults.add(intoBatch(v, name -> merges.stream().filter(m -> m.name.equals(name)).findFirst()
                                .orElseThrow()));
                    }
                }
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            if (next != null) {
                graph = next;
            }
            return new BatchResult(inserted, 0, batch.size() - inserted);
        }
    }

    /**
     * Adds to {@code combined} the facts of {@code incoming} not already stored, and reports a
     * fact repeated within the batch.
     */
    private static <T> Merge merge(String name, List<T> stored, List<T> incoming, Function<T, ?> add,
                                   List<Violation> faults) {
        Set<T> known = new HashSet<>(stored);
        Set<T> inBatch = new HashSet<>();
        Merge m = new Merge(name, stored.size());
        for (int i = 0; i < incoming.size(); i++) {
            T fact = incoming.get(i);
            if (!inBatch.add(fact)) {
                faults.add(new Violation(name + "[" + i + "]", "store.duplicate-key",
                        "the batch holds this fact twice"));
            } else if (!known.contains(fact)) {
                add.apply(fact);
                m.batchIndex.add(i);
            }
        }
        return m;
    }

    /** The violation with its path moved from the combined graph into the batch, or into {@code stored.}. */
    private static Violation intoBatch(Violation v, Function<String, Merge> merges) {
        Matcher matcher = FACT_PATH.matcher(v.path());
        if (!matcher.matches()) {
            return v;
        }
        Merge m = merges.apply(matcher.group(1));
        int index = Integer.parseInt(matcher.group(2));
        String path = index < m.storedSize
                ? "stored." + m.name + "[" + index + "]"
                : m.name + "[" + m.batchIndex.get(index - m.storedSize) + "]";
        return new Violation(path + matcher.group(3), v.code(), v.message());
    }

    @Override
    public KinshipGraph snapshot() {
        return graph;
    }

    @Override
    public Optional<KinPerson> person(PersonId id) {
        Objects.requireNonNull(id, "id");
        return graph.person(id);
    }

    @Override
    public long personCount() {
        return graph.people().size();
    }

    @Override
    public String toString() {
        return "InMemoryKinshipStore[" + graph + "]";
    }

    /** Where the new facts of one kind came from in the batch. */
    private static final class Merge {
        final String name;
        final int storedSize;
        final List<Integer> batchIndex = new ArrayList<>();

        Merge(String name, int storedSize) {
            this.name = name;
            this.storedSize = storedSize;
        }
    }
}
