package org.jobassist.impl.internal.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.category.CategoryCatalogue;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.category.RecognitionBatchResult;
import org.jobassist.api.category.RecognitionService;
import org.jobassist.api.category.RejectedPerson;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.impl.internal.memory.FactRow;
import org.jobassist.impl.internal.memory.FactTable;
import org.jobassist.impl.internal.memory.InMemoryHouseholdStore;

/**
 * The recognition service. Every catalogue version of the pack is compiled when the engine is
 * made; a call picks the version in force on its date. Immutable and thread-safe: each call
 * keeps its own {@link Evaluation}.
 *
 * <p>Error codes: {@code recognition.born-after-as-of} ({@code person.birthDate}),
 * {@code recognition.null-person} ({@code person}, a null element of a batch); a pack value
 * missing for a person in a batch is rejected with the pack's code ({@code policy.value-missing}
 * or {@code policy.value-unknown}) at the key's name.
 */
public final class RecognitionEngine implements RecognitionService {

    /**
     * How many people a batch takes from its iterable before deciding them, when the
     * registries share one table: their rows are read one after the other first, so that the
     * reads from memory, each a chain of cache misses, overlap. The people are still decided,
     * counted and handed to the sink one by one in the batch's order; only the iterable is
     * read up to this many people ahead of the sink.
     */
    private static final int READ_AHEAD = 32;

    private final PolicyPack pack;
    private final Facts facts;
    private final Map<CategoryCatalogue, CompiledCatalogue> compiled;

    /**
     * Compiles every catalogue version of {@code pack}.
     *
     * @param pack the policy pack
     * @param registries the registries of other agencies
     * @param households the household registers
     * @param zeroEmployment the zero-employment family test
     * @throws NullPointerException if an argument is null
     */
    public RecognitionEngine(PolicyPack pack, Registries registries, HouseholdStore households,
            ZeroEmploymentTest zeroEmployment) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.facts = new Facts(pack, Objects.requireNonNull(registries, "registries"),
                Objects.requireNonNull(households, "households"),
                Objects.requireNonNull(zeroEmployment, "zeroEmployment"), FactTable.sharedBy(registries));
        Map<CategoryCatalogue, CompiledCatalogue> byVersion = new IdentityHashMap<>();
        for (CategoryCatalogue v : pack.categoryCatalogues().versions()) {
            byVersion.put(v, new CompiledCatalogue(v, pack, facts.table() != null));
        }
        this.compiled = byVersion;
    }

    private CompiledCatalogue inForceOn(LocalDate asOf) {
        return compiled(pack.categoryCatalogues().inForceOn(asOf));
    }

    private CompiledCatalogue compiled(CategoryCatalogue version) {
        CompiledCatalogue c = compiled.get(version);
        // A version from elsewhere (a what-if): compile it for this call.
        return c != null ? c : new CompiledCatalogue(version, pack, facts.table() != null);
    }

    @Override
    public Recognition recognise(PersonRecord person, LocalDate asOf) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asOf, "asOf");
        return recognise(person, asOf, inForceOn(asOf), true);
    }

    /**
     * Recognises {@code person} as of {@code asOf} under {@code version}, whether or not that
     * version is in force on {@code asOf}: to compare versions on the same facts.
     *
     * @param person the person
     * @param asOf the date asked about
     * @param version the catalogue version to apply
     * @param explain whether to explain
     * @return the recognition
     * @throws InvalidInputException {@code recognition.born-after-as-of}
     * @throws PolicyValueUnavailableException if the pack lacks a value a condition needs
     * @throws NullPointerException if an argument is null
     */
    public Recognition recognise(PersonRecord person, LocalDate asOf, CategoryCatalogue version, boolean explain) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asOf, "asOf");
        return recognise(person, asOf, compiled(Objects.requireNonNull(version, "version")), explain);
    }

    private Recognition recognise(PersonRecord person, LocalDate asOf, CompiledCatalogue c, boolean explain) {
        check(person, asOf);
        Evaluation e = new Evaluation(facts, asOf, c.slots, c.categories.length, explain);
        e.reset(person);
        if (explain) {
            return c.explain(person, e);
        }
        boolean[] decisions = new boolean[c.categories.length];
        c.decide(e, decisions);
        return c.fastRecognition(person, e, decisions);
    }

    private static void check(PersonRecord person, LocalDate asOf) {
        if (person.birthDate().isAfter(asOf)) {
            throw new InvalidInputException(new Violation("person.birthDate", "recognition.born-after-as-of",
                    "the date of birth in the ID number is after the date asked about"));
        }
    }

    @Override
    public RecognitionBatchResult recogniseAll(Iterable<PersonRecord> people, LocalDate asOf, boolean explain) {
        return batch(people, asOf, explain, null);
    }

    @Override
    public RecognitionBatchResult recogniseAll(Iterable<PersonRecord> people, LocalDate asOf, boolean explain,
            Consumer<? super Recognition> sink) {
        return batch(people, asOf, explain, Objects.requireNonNull(sink, "sink"));
    }

    private RecognitionBatchResult batch(Iterable<PersonRecord> people, LocalDate asOf, boolean explain,
            Consumer<? super Recognition> sink) {
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(asOf, "asOf");
        CompiledCatalogue c = inForceOn(asOf);
        Batch b = new Batch(c, new Evaluation(facts, asOf, c.slots, c.categories.length, explain), explain, sink);
        if (facts.table() == null) {
            for (PersonRecord person : people) {
                b.decide(person, null);
            }
            return b.result();
        }
        // The registries share one table: read the rows of a few people before deciding them.
        FactTable table = facts.table();
        PersonRecord[] chunk = new PersonRecord[READ_AHEAD];
        FactTable.Lookup lookup = new FactTable.Lookup(READ_AHEAD);
        FactRow[] rows = new FactRow[READ_AHEAD];
        Evaluation.Ahead[] read = new Evaluation.Ahead[READ_AHEAD];
        for (int j = 0; j < READ_AHEAD; j++) {
            read[j] = new Evaluation.Ahead();
        }
        // The library's own household store is read ahead too: a read costs nothing but memory.
        InMemoryHouseholdStore householdsAhead = facts.households() instanceof InMemoryHouseholdStore m ? m : null;
        InMemoryHouseholdStore.Lookup householdLookup = new InMemoryHouseholdStore.Lookup(READ_AHEAD);
        HouseholdRegister[] registers = new HouseholdRegister[READ_AHEAD];
        Iterator<PersonRecord> it = people.iterator();
        while (it.hasNext()) {
            int size = 0;
            while (size < READ_AHEAD && it.hasNext()) {
                chunk[size++] = it.next();
            }
            table.rows(chunk, lookup, size, rows);
            for (int j = 0; j < size; j++) {
                if (chunk[j] != null) {
                    b.e.readPersonAhead(chunk[j], read[j]);
                }
            }
            for (int j = 0; j < size; j++) {
                if (chunk[j] != null) {
                    b.e.readAhead(rows[j], read[j]);
                }
            }
            if (householdsAhead != null) {
                householdsAhead.registersOf(chunk, size, householdLookup, registers);
                for (int j = 0; j < size; j++) {
                    read[j].household = Optional.ofNullable(registers[j]);
                    registers[j] = null;
                }
            }
            for (int j = 0; j < size; j++) {
                b.decide(chunk[j], read[j]);
                chunk[j] = null;
                rows[j] = null;
                read[j].forget();
            }
        }
        return b.result();
    }

    /** One batch in progress: its evaluation and what it has counted so far. Confined to one thread. */
    private static final class Batch {
        final CompiledCatalogue c;
        final Evaluation e;
        private final boolean explain;
        private final Consumer<? super Recognition> sink;
        private final boolean[] decisions;
        private final long[] counts;
        private long recognised;
        private long notRecognised;
        private long byReference;
        private final List<RejectedPerson> rejected = new ArrayList<>();
        private final List<Recognition> kept = new ArrayList<>();
        private long index = -1;

        Batch(CompiledCatalogue c, Evaluation e, boolean explain, Consumer<? super Recognition> sink) {
            this.c = c;
            this.e = e;
            this.explain = explain;
            this.sink = sink;
            this.decisions = new boolean[c.categories.length];
            this.counts = new long[c.categories.length];
        }

        /** Decides the next person of the batch; {@code ahead} is their row read ahead, or null. */
        void decide(PersonRecord person, Evaluation.Ahead ahead) {
            index++;
            if (person == null) {
                rejected.add(new RejectedPerson(index, Optional.empty(), List.of(new Violation("person",
                        "recognition.null-person", "the batch holds no person at this position"))));
                return;
            }
            int n = decisions.length;
            Recognition r = null;
            try {
                if (ahead != null ? ahead.bornAfter : person.birthDate().isAfter(e.asOf)) {
                    check(person, e.asOf);
                }
                if (ahead != null) {
                    e.reset(person, ahead);
                } else {
                    e.reset(person);
                }
                if (explain) {
                    r = c.explain(person, e);
                    for (int i = 0; i < n; i++) {
                        decisions[i] = r.outcomes().get(i).satisfied();
                    }
                } else {
                    c.decide(e, decisions);
                    if (sink != null) {
                        r = c.fastRecognition(person, e, decisions);
                    }
                }
            } catch (InvalidInputException ex) {
                rejected.add(new RejectedPerson(index, Optional.of(person.id()), ex.violations()));
                return;
            } catch (PolicyValueUnavailableException ex) {
                rejected.add(new RejectedPerson(index, Optional.of(person.id()), List.of(new Violation(ex.keyName(),
                        ex.code(), "the pack has no value of " + ex.keyName() + " for " + ex.jurisdictionCode()
                        + " on " + ex.date()))));
                return;
            }
            // Counted only once the person is wholly decided: a failure leaves no partial count.
            boolean any = false;
            boolean reference = false;
            for (int i = 0; i < n; i++) {
                if (decisions[i]) {
                    counts[i]++;
                    if (i < c.recognised) {
                        any = true;
                    } else {
                        reference = true;
                    }
                }
            }
            if (any) {
                recognised++;
            } else {
                notRecognised++;
                if (reference) {
                    byReference++;
                }
            }
            if (sink != null) {
                sink.accept(r);
            } else if (explain) {
                kept.add(r);
            }
        }

        RecognitionBatchResult result() {
            Map<String, Long> byCode = new LinkedHashMap<>();
            for (int i = 0; i < counts.length; i++) {
                byCode.put(c.categories[i].code(), counts[i]);
            }
            return RecognitionBatchResult.of(e.asOf, c.version.version(), recognised, notRecognised, byReference,
                    byCode, rejected, kept);
        }
    }
}
