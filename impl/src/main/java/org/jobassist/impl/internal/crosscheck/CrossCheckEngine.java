package org.jobassist.impl.internal.crosscheck;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jobassist.api.category.CategoryCatalogues;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.crosscheck.CrossCheck;
import org.jobassist.api.crosscheck.CrossCheckReport;
import org.jobassist.api.crosscheck.CrossCheckRequest;
import org.jobassist.api.crosscheck.Discrepancy;
import org.jobassist.api.crosscheck.DiscrepancyKind;
import org.jobassist.api.crosscheck.EvidenceRef;
import org.jobassist.api.crosscheck.EvidenceSource;
import org.jobassist.api.crosscheck.SuggestedAction;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.impl.internal.memory.FactRow;
import org.jobassist.impl.internal.memory.FactTable;

/**
 * The cross-check (实时比对): one pass over the recognition records (evidence, retirement and
 * death of each person recognised on the day) and the ledgers' entries of the period (flexible
 * subsidy while employed, payment after retirement or death, the same kind and period paid by
 * two cities). Every read goes through the SPI, except that registries made together by
 * {@code InMemoryStores.registries()} are read through their shared {@link FactTable}.
 *
 * <p>A full run first groups the period's payments by ID number ({@link PaymentIndex}), then
 * reads the recognition records in batches: per recognised person the person record, one
 * registry row (or one {@code flagsHeld} per registry the categories and death flags need, when
 * the registries are not the shared in-memory ones), and the person's payments, checked there
 * and then; the history of a registry only for a category that fails. Payments nobody
 * recognised took are matched by one scan of the person store. {@link #runParallel} hands the
 * batches to helper threads.
 *
 * <p>Incremental runs ask every source for its changes after the position first, then read;
 * so a write after that moment is reported again by the next run, never lost. They run on the
 * caller's thread.
 *
 * <p>Immutable and thread-safe.
 */
public final class CrossCheckEngine implements CrossCheck {

    private static final int DEATH_FLAGS = (1 << RegistryFlag.DECEASED.ordinal())
            | (1 << RegistryFlag.REPORTED_DECEASED.ordinal());
    private static final List<RegistryFlag> DEATH = List.of(RegistryFlag.DECEASED, RegistryFlag.REPORTED_DECEASED);
    /** The most threads a parallel run takes. */
    static final int MAX_THREADS = 256;
    /** Most records per chunk of a parallel run: enough that handing one on costs little. */
    private static final int CHUNK = 2048;
    /** Records per batch of {@code checkAll}: enough lookups in flight, few enough to stay in cache. */
    private static final int BATCH = 64;

    private final RecognitionStore recognitions;
    private final PersonStore people;
    private final Registries registries;
    private final CategoryFlags categoryFlags;
    private final List<EntitlementLedger> ledgers;
    /** The evidence registries by source ordinal; null at the social-insurance place. */
    private final EvidenceRegistry[] bySource = new EvidenceRegistry[RegistrySource.values().length];
    /** Per source ordinal, the mask of the flags of that source. */
    private final int[] sourceFlags = new int[RegistrySource.values().length];
    /** The one table behind every registry when they are the in-memory ones made together; else null. */
    private final FactTable shared;

    /**
     * An engine over these sources.
     *
     * @param recognitions the recognition records
     * @param people the person records
     * @param registries the registries
     * @param catalogues the category catalogues, for each category's deciding flags
     * @param ledgers the ledgers, one or several (a ledger per city, say)
     * @throws NullPointerException if an argument or a ledger is null
     */
    public CrossCheckEngine(RecognitionStore recognitions, PersonStore people, Registries registries,
                            CategoryCatalogues catalogues, List<EntitlementLedger> ledgers) {
        this.recognitions = Objects.requireNonNull(recognitions, "recognitions");
        this.people = Objects.requireNonNull(people, "people");
        this.registries = Objects.requireNonNull(registries, "registries");
        this.categoryFlags = new CategoryFlags(Objects.requireNonNull(catalogues, "catalogues"));
        this.ledgers = List.copyOf(ledgers);
        for (RegistrySource s : RegistrySource.values()) {
            if (s != RegistrySource.SOCIAL_INSURANCE) {
                bySource[s.ordinal()] = registries.evidenceRegistry(s);
            }
        }
        for (RegistryFlag f : RegistryFlag.values()) {
            sourceFlags[f.source().ordinal()] |= 1 << f.ordinal();
        }
        this.shared = FactTable.sharedBy(registries);
    }

    @Override
    public CrossCheckReport run(CrossCheckRequest request) {
        List<Discrepancy> found = new ArrayList<>();
        CrossCheckReport streamed = run(request, found::add);
        found.sort(Discrepancy.ORDER);
        return new CrossCheckReport(request, streamed.peopleChecked(), streamed.peopleWithoutRecord(),
                streamed.paymentsChecked(), streamed.paymentsWithoutPerson(), found, streamed.counts(),
                streamed.nextSequence());
    }

    @Override
    public CrossCheckReport run(CrossCheckRequest request, Consumer<? super Discrepancy> sink) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sink, "sink");
        Run run = new Run(request, sink);
        run.readChanges();
        run.checkRecognised();
        run.checkPayments();
        return run.report(request, List.of());
    }

    @Override
    public CrossCheckReport runParallel(CrossCheckRequest request, int threads) {
        Objects.requireNonNull(request, "request");
        checkThreads(threads);
        List<Discrepancy> found = new ArrayList<>();
        Run run = new Run(request, found::add);
        run.readChanges();
        if (threads == 1 || run.changedPeople != null) {
            // An incremental run reads few people: threads would cost more than they save.
            run.checkRecognised();
        } else {
            run.checkRecognisedParallel(threads);
        }
        run.checkPayments();
        found.sort(Discrepancy.ORDER);
        return run.report(request, found);
    }

    /** As {@link CrossCheck#runParallel}'s default checks. */
    private static void checkThreads(int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new InvalidInputException(new Violation("threads", "cross-check.threads",
                    "the number of threads must be 1 to " + MAX_THREADS));
        }
    }

    /** The state of one run. */
    private final class Run {
        private final LocalDate asOf;
        private final DateRange period;
        private final boolean incremental;
        private final long since;
        private final Consumer<? super Discrepancy> sink;
        private final long[] counts = new long[DiscrepancyKind.values().length];
        /** Null: every person. */
        private Set<PersonId> changedPeople;
        /** Null: every ID number of the ledgers. */
        private Set<ResidentIdNumber> changedIds;
        private long next = Long.MAX_VALUE;
        private long peopleChecked;
        private long peopleWithoutRecord;
        private long paymentsChecked;
        private long paymentsWithoutPerson;
        private final long asOfEpochDay;
        /** The masks of {@link #maskVersion}, the catalogue version of the record read last. */
        private Map<String, Integer> masks;
        private String maskVersion;
        /** A full run's payments of the period by person, not yet checked; null before grouping. */
        private PaymentIndex pending;

        /** A part of {@code parent}'s run, with its own counts, sharing its payments; for one thread. */
        Run(Run parent, Consumer<? super Discrepancy> sink) {
            this.asOf = parent.asOf;
            this.asOfEpochDay = parent.asOfEpochDay;
            this.period = parent.period;
            this.incremental = parent.incremental;
            this.since = parent.since;
            this.pending = parent.pending;
            this.sink = sink;
        }

        Run(CrossCheckRequest request, Consumer<? super Discrepancy> sink) {
            this.asOf = request.asOf();
            this.asOfEpochDay = asOf.toEpochDay();
            this.period = request.paidPeriod();
            this.incremental = request.isIncremental();
            // A full run asks from the end of every feed: nothing, and the position to start the next from.
            this.since = incremental ? request.since().getAsLong() : Long.MAX_VALUE;
            this.sink = sink;
        }

        void readChanges() {
            List<Changes<PersonId>> feeds = new ArrayList<>();
            feeds.add(recognitions.changedSince(since));
            feeds.add(people.changedSince(since));
            for (EvidenceRegistry r : bySource) {
                if (r != null) {
                    feeds.add(r.changedSince(since));
                }
            }
            feeds.add(registries.socialInsurance().changedSince(since));
            Set<PersonId> persons = new HashSet<>();
            boolean everyone = false;
            for (Changes<PersonId> c : feeds) {
                next = Math.min(next, c.sequence());
                if (c.isEverything()) {
                    everyone = true;
                } else if (!everyone) {
                    persons.addAll(c.keys());
                }
            }
            Set<ResidentIdNumber> ids = new HashSet<>();
            boolean everyId = false;
            for (EntitlementLedger l : ledgers) {
                Changes<ResidentIdNumber> c = l.changedSince(since);
                next = Math.min(next, c.sequence());
                if (c.isEverything()) {
                    everyId = true;
                } else if (!everyId) {
                    ids.addAll(c.keys());
                }
            }
            if (incremental) {
                changedPeople = everyone ? null : persons;
                changedIds = everyone || everyId ? null : ids;
            }
        }

        void checkRecognised() {
            if (changedPeople != null) {
                // Incremental: read the changed people by id, in time proportional to the changes.
                for (PersonId id : changedPeople) {
                    recognitions.find(id).ifPresent(this::checkIfRecognised);
                }
            } else {
                if (!ledgers.isEmpty()) {
                    // Grouped first, so that a recognised person's payments are checked with the record
                    // and registry row already read, and the person scan is left only the others.
                    pending = collectAll();
                }
                Chunks batches = new Chunks(this::checkAll, BATCH);
                recognitions.forEach(batches);
                batches.flush();
            }
        }

        /**
         * The full pass on {@code threads} threads: this one hands out chunks of records in the
         * store's order and, when the others are busy, checks a chunk itself; each chunk is checked
         * by a part of the run with its own counts, added up at the end. Discrepancies reach the
         * sink one at a time, under a lock.
         */
        void checkRecognisedParallel(int threads) {
            if (!ledgers.isEmpty()) {
                pending = collectAll();
            }
            Object lock = new Object();
            Consumer<? super Discrepancy> out = sink;
            Consumer<Discrepancy> guarded = d -> {
                synchronized (lock) {
                    out.accept(d);
                }
            };
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads - 1, threads - 1, 0L, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(2 * threads), HELPERS, new ThreadPoolExecutor.CallerRunsPolicy());
            List<Future<?>> parts = new ArrayList<>();
            try {
                Consumer<List<RecognitionRecord>> submit = chunk -> parts.add(pool.submit(() -> {
                    Run part = new Run(this, guarded);
                    part.checkAll(chunk);
                    synchronized (lock) {
                        add(part);
                    }
                }));
                // Several chunks a thread even for a small store, so that the threads finish together.
                int size = (int) Math.max(1, Math.min(CHUNK, recognitions.count() / (8L * threads)));
                Chunks chunks = new Chunks(submit, size);
                recognitions.forEach(chunks);
                chunks.flush();
                for (Future<?> f : parts) {
                    await(f);
                }
            } finally {
                pool.shutdown();
            }
        }

        /** Adds the counts of {@code part}, which has finished. */
        private void add(Run part) {
            for (int k = 0; k < counts.length; k++) {
                counts[k] += part.counts[k];
            }
            peopleChecked += part.peopleChecked;
            peopleWithoutRecord += part.peopleWithoutRecord;
            paymentsChecked += part.paymentsChecked;
            paymentsWithoutPerson += part.paymentsWithoutPerson;
        }

        CrossCheckReport report(CrossCheckRequest request, List<Discrepancy> found) {
            Map<DiscrepancyKind, Long> byKind = new EnumMap<>(DiscrepancyKind.class);
            for (DiscrepancyKind k : DiscrepancyKind.values()) {
                byKind.put(k, counts[k.ordinal()]);
            }
            return new CrossCheckReport(request, peopleChecked, peopleWithoutRecord, paymentsChecked,
                    paymentsWithoutPerson, found, byKind, next);
        }

        /**
         * Checks {@code records} of a full run in batches of {@value #BATCH}, one step at a time:
         * every person record of the batch, then every registry row, then every person's payments,
         * then the checks. The lookups of one step do not wait on each other, so the processor
         * overlaps their trips to memory, which a person-by-person loop spends waiting in turn.
         */
        void checkAll(List<RecognitionRecord> records) {
            RecognitionRecord[] recs = new RecognitionRecord[BATCH];
            PersonRecord[] persons = new PersonRecord[BATCH];
            FactRow[] rows = new FactRow[BATCH];
            int[] flags = new int[BATCH];
            List<List<LedgerEntry>> payments = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                payments.add(null);
            }
            for (int from = 0, n = records.size(); from < n; from += BATCH) {
                int m = Math.min(BATCH, n - from);
                for (int i = 0; i < m; i++) {
                    RecognitionRecord r = records.get(from + i);
                    recs[i] = StatusOn.isRecognisedOn(r, asOf) ? r : null;
                }
                for (int i = 0; i < m; i++) {
                    persons[i] = null;
                    if (recs[i] != null) {
                        Optional<PersonRecord> found = people.find(recs[i].person());
                        if (found.isPresent()) {
                            persons[i] = found.get();
                        } else {
                            peopleWithoutRecord++;
                        }
                    }
                }
                for (int i = 0; i < m; i++) {
                    rows[i] = shared == null || persons[i] == null ? null : shared.row(persons[i].id());
                }
                for (int i = 0; i < m; i++) {
                    flags[i] = rows[i] == null ? 0 : rows[i].flagsAt(asOfEpochDay);
                }
                for (int i = 0; i < m; i++) {
                    payments.set(i, pending == null || persons[i] == null ? null : pending.take(persons[i].idNumber()));
                }
                for (int i = 0; i < m; i++) {
                    if (persons[i] != null) {
                        peopleChecked++;
                        checkRecognised(recs[i], persons[i], rows[i], flags[i]);
                        if (payments.get(i) != null) {
                            checkPayments(persons[i], payments.get(i), rows[i]);
                        }
                    }
                }
            }
        }

        private void checkIfRecognised(RecognitionRecord record) {
            if (!StatusOn.isRecognisedOn(record, asOf)) {
                return;
            }
            Optional<PersonRecord> found = people.find(record.person());
            if (found.isEmpty()) {
                peopleWithoutRecord++;
                return;
            }
            peopleChecked++;
            PersonRecord person = found.get();
            FactRow row = shared == null ? null : shared.row(person.id());
            checkRecognised(record, person, row, row == null ? 0 : row.flagsAt(asOfEpochDay));
            if (pending != null) {
                List<LedgerEntry> payments = pending.take(person.idNumber());
                if (payments != null) {
                    checkPayments(person, payments, row);
                }
            }
        }

        /** {@code rowFlags}: the flags {@code row} holds on the day, when there is a row. */
        private void checkRecognised(RecognitionRecord record, PersonRecord person, FactRow row, int rowFlags) {
            PersonId id = person.id();
            String version = record.catalogueVersion().orElse(null);
            if (masks == null || !Objects.equals(version, maskVersion)) {
                masks = categoryFlags.masks(version, asOf);
                maskVersion = version;
            }
            Map<String, Integer> masks = this.masks;
            List<String> categories = record.categories();
            int held;
            if (row != null) {
                // Every source's flags from the one row: a flag belongs to one source, so the masks below
                // read the same bits as the registries' flagsHeld would give.
                held = rowFlags;
            } else {
                int need = DEATH_FLAGS;
                for (int i = 0, n = categories.size(); i < n; i++) {
                    need |= masks.getOrDefault(categories.get(i), 0);
                }
                held = 0;
                for (int s = 0; s < bySource.length; s++) {
                    if (bySource[s] != null && (need & sourceFlags[s]) != 0) {
                        held |= bySource[s].flagsHeld(id, asOf);
                    }
                }
            }
            if ((held & DEATH_FLAGS) != 0) {
                Evidence death = deathRecord(id, asOf);
                emit(Discrepancy.of(DiscrepancyKind.DECEASED, id, person.idNumber(), null, death.valid().start(),
                        List.of(EvidenceRef.of(death)), SuggestedAction.EXIT_RECOGNITION,
                        "End the recognition: a death record holds from " + death.valid().start()
                                + "; stop any payment for later months."));
            }
            if (StatutoryRetirement.hasReachedRetirement(person.birthDate(), person.retirementClass(), asOf)) {
                LocalDate retired = StatutoryRetirement.retirementDate(person.birthDate(), person.retirementClass(),
                        asOf);
                emit(Discrepancy.of(DiscrepancyKind.PAST_STATUTORY_RETIREMENT, id, person.idNumber(), null, retired,
                        List.of(EvidenceRef.retirement(retired)), SuggestedAction.EXIT_RECOGNITION,
                        "End the recognition: statutory retirement age was reached on " + retired + "."));
            }
            for (int i = 0, n = categories.size(); i < n; i++) {
                int mask = masks.getOrDefault(categories.get(i), 0);
                if (mask != 0 && (held & mask) == 0) {
                    evidenceFinding(person, categories.get(i), mask);
                }
            }
        }

        /** Classifies why no deciding evidence of a category holds on the day. */
        private void evidenceFinding(PersonRecord person, String category, int mask) {
            PersonId id = person.id();
            Evidence latest = null;
            RegistrySource firstSource = null;
            for (int s = 0; s < bySource.length; s++) {
                if (bySource[s] == null || (mask & sourceFlags[s]) == 0) {
                    continue;
                }
                if (firstSource == null) {
                    firstSource = RegistrySource.values()[s];
                }
                for (Evidence e : bySource[s].history(id)) {
                    if ((mask & (1 << e.flag().ordinal())) != 0 && (latest == null || LATEST.compare(e, latest) > 0)) {
                        latest = e;
                    }
                }
            }
            if (latest == null) {
                emit(Discrepancy.of(DiscrepancyKind.EVIDENCE_MISSING, id, person.idNumber(), category, asOf,
                        List.of(EvidenceRef.of(EvidenceSource.of(firstSource), "none", asOf, null, null,
                                "no evidence of " + category)),
                        SuggestedAction.CONFIRM_WITH_REGISTRY, "Ask " + firstSource + " whether the person holds the "
                                + "evidence of " + category + "; without it, review the category."));
                return;
            }
            LocalDate withdrawn = latest.withdrawal().orElse(null);
            if (withdrawn != null && !withdrawn.isAfter(asOf)
                    && (latest.valid().isOpenEnded() || !withdrawn.isAfter(latest.valid().end()))) {
                emit(Discrepancy.of(DiscrepancyKind.EVIDENCE_WITHDRAWN, id, person.idNumber(), category, withdrawn,
                        List.of(EvidenceRef.of(latest)), SuggestedAction.REVIEW_RECOGNITION,
                        latest.source() + " withdrew the evidence of " + category + " on " + withdrawn
                                + ": review the category and end it unless other evidence holds."));
            } else if (latest.lastValidDay().isBefore(asOf)) {
                LocalDate expired = latest.lastValidDay().plusDays(1);
                emit(Discrepancy.of(DiscrepancyKind.EVIDENCE_EXPIRED, id, person.idNumber(), category, expired,
                        List.of(EvidenceRef.of(latest)), SuggestedAction.REVIEW_RECOGNITION,
                        "The evidence of " + category + " expired on " + expired + ": ask " + latest.source()
                                + " for a renewal, else review the category."));
            } else {
                // Only evidence that starts after the day: none holds yet.
                emit(Discrepancy.of(DiscrepancyKind.EVIDENCE_MISSING, id, person.idNumber(), category, asOf,
                        List.of(EvidenceRef.of(latest)), SuggestedAction.CONFIRM_WITH_REGISTRY,
                        "The evidence of " + category + " starts only on " + latest.valid().start() + ": ask "
                                + latest.source() + " to confirm the person held it on " + asOf + "."));
            }
        }

        /** Every ledger's entries of the period, grouped by person. */
        private PaymentIndex collectAll() {
            long total = 0;
            for (EntitlementLedger ledger : ledgers) {
                total += ledger.count();
            }
            // Sized for the entries there are, up to a bound: a long history grows the index as it goes.
            PaymentIndex index = new PaymentIndex(Math.min(total, 1 << 22));
            PaymentIndex.Batch batch = index.batch();
            for (EntitlementLedger ledger : ledgers) {
                ledger.forEach(e -> {
                    ResidentIdNumber n = e.person().orElse(null);
                    if (n != null && period.contains(e.accountingDate())) {
                        batch.add(n, e);
                    }
                });
            }
            batch.flush();
            return index;
        }

        /** Adds a payment of the period to its person's; an equal copy from another ledger counts once. */
        private void collect(PaymentIndex index, LedgerEntry e) {
            ResidentIdNumber n = e.person().orElse(null);
            if (n != null && period.contains(e.accountingDate())) {
                index.add(n, e);
            }
        }

        void checkPayments() {
            if (ledgers.isEmpty()) {
                return;
            }
            PaymentIndex index = pending;
            if (index == null) {
                PaymentIndex target = new PaymentIndex(0);
                index = target;
                List<PersonRecord> known = new ArrayList<>();
                if (changedIds != null) {
                    // Incremental: the payments of the changed people only, asked by person.
                    Set<ResidentIdNumber> ids = new HashSet<>(changedIds);
                    for (PersonId id : changedPeople) {
                        people.find(id).ifPresent(p -> {
                            ids.add(p.idNumber());
                            known.add(p);
                        });
                    }
                    for (EntitlementLedger ledger : ledgers) {
                        for (ResidentIdNumber n : ids) {
                            for (LedgerEntry e : ledger.byBeneficiary(Beneficiary.person(n))) {
                                if (n.equals(e.person().orElse(null))) {
                                    collect(target, e);
                                }
                            }
                        }
                    }
                } else {
                    for (EntitlementLedger ledger : ledgers) {
                        ledger.forEach(e -> collect(target, e));
                    }
                }
                for (PersonRecord p : known) {
                    List<LedgerEntry> list = index.take(p.idNumber());
                    if (list != null) {
                        checkPayments(p, list, shared == null ? null : shared.row(p.id()));
                    }
                }
            }
            if (paymentsChecked < index.size()) {
                // A person store has no index by ID number: one scan finds the rest.
                PaymentIndex rest = index;
                people.forEach(p -> {
                    List<LedgerEntry> list = paymentsChecked < rest.size() ? rest.take(p.idNumber()) : null;
                    if (list != null) {
                        checkPayments(p, list, shared == null ? null : shared.row(p.id()));
                    }
                });
            }
            // Every payment checked was taken from the index: the rest found no person.
            paymentsWithoutPerson += index.size() - paymentsChecked;
            pending = null;
        }

        /** Checks one person's payments; {@code row} is the person's registry row, or null to ask the registries. */
        private void checkPayments(PersonRecord person, List<LedgerEntry> payments, FactRow row) {
            paymentsChecked += payments.size();
            LocalDate[] retired = new LocalDate[2];
            for (int i = 0, n = payments.size(); i < n; i++) {
                checkPayment(payments.get(i), person, row, retired);
            }
            if (payments.size() < 2) {
                return;
            }
            boolean[] grouped = null;
            for (int i = 0; i < payments.size(); i++) {
                if (grouped != null && grouped[i]) {
                    continue;
                }
                List<LedgerEntry> group = null;
                for (int j = i + 1; j < payments.size(); j++) {
                    if ((grouped == null || !grouped[j]) && sameSlot(payments.get(i), payments.get(j))) {
                        if (group == null) {
                            group = new ArrayList<>(2);
                            group.add(payments.get(i));
                            if (grouped == null) {
                                grouped = new boolean[payments.size()];
                            }
                        }
                        grouped[j] = true;
                        group.add(payments.get(j));
                    }
                }
                if (group != null) {
                    twoCities(group, person);
                }
            }
        }

        /** Checks one payment; {@code retired} caches the retirement date before and under the 2025 reform. */
        private void checkPayment(LedgerEntry e, PersonRecord person, FactRow row, LocalDate[] retired) {
            PersonId id = person.id();
            LocalDate day = e.accountingDate();
            Optional<YearMonth> month = e.month();
            if (e.kind() == SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE && month.isPresent()
                    && (row != null ? row.isEmployedIn(month.get())
                            : registries.socialInsurance().isEmployedIn(id, month.get()))) {
                emit(Discrepancy.of(DiscrepancyKind.EMPLOYED_WHILE_FLEXIBLE_SUBSIDY, id, person.idNumber(), null, day,
                        List.of(EvidenceRef.of(e), EvidenceRef.employerPaid(month.get())),
                        SuggestedAction.STOP_AND_RECOVER_PAYMENT, "An employer paid social insurance for "
                                + month.get() + ", for which a flexible-employment subsidy was paid by city "
                                + e.city().code() + ": recover it and stop the subsidy while employed."));
            }
            if (month.isPresent()) {
                int law = StatutoryRetirement.isReformInForce(day) ? 1 : 0;
                if (retired[law] == null) {
                    retired[law] = StatutoryRetirement.retirementDate(person.birthDate(), person.retirementClass(), day);
                }
                if (YearMonth.from(retired[law]).isBefore(month.get())) {
                    emit(Discrepancy.of(DiscrepancyKind.PAST_STATUTORY_RETIREMENT, id, person.idNumber(), null, day,
                            List.of(EvidenceRef.of(e), EvidenceRef.retirement(retired[law])),
                            SuggestedAction.STOP_AND_RECOVER_PAYMENT, "City " + e.city().code() + " paid "
                                    + e.kind().code() + " for " + month.get() + ", after statutory retirement on "
                                    + retired[law] + ": recover it."));
                }
            }
            int deathFlags = row != null ? row.flagsAt(day.toEpochDay())
                    : registries.civilAffairs().flagsHeld(id, day) | registries.hostRecords().flagsHeld(id, day);
            if ((deathFlags & DEATH_FLAGS) != 0) {
                Evidence death = deathRecordOrNull(id, day);
                if (death != null) {
                    emit(Discrepancy.of(DiscrepancyKind.DECEASED, id, person.idNumber(), null, day,
                            List.of(EvidenceRef.of(e), EvidenceRef.of(death)), SuggestedAction.STOP_AND_RECOVER_PAYMENT,
                            "City " + e.city().code() + " paid " + e.kind().code() + " for " + e.period()
                                    + " after the death on " + death.valid().start() + ": recover it."));
                }
            }
        }

        private void twoCities(List<LedgerEntry> group, PersonRecord person) {
            Set<String> cities = new HashSet<>();
            for (LedgerEntry e : group) {
                cities.add(e.city().code());
            }
            if (cities.size() < 2) {
                return;
            }
            List<LedgerEntry> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparing((LedgerEntry e) -> e.city()).thenComparing(LedgerEntry::grantReference));
            List<EvidenceRef> evidence = new ArrayList<>();
            for (LedgerEntry e : sorted) {
                evidence.add(EvidenceRef.of(e));
            }
            LedgerEntry first = sorted.get(0);
            String residence = cityOf(person).code();
            emit(Discrepancy.of(DiscrepancyKind.PAID_IN_TWO_CITIES, person.id(), person.idNumber(), null,
                    first.accountingDate(), evidence, SuggestedAction.STOP_AND_RECOVER_PAYMENT,
                    first.kind().code() + " for " + first.period() + " was paid by cities " + new TreeSet<>(cities)
                            + ": keep the payment of the city of residence " + residence
                            + " (or the first granted) and recover the others."));
        }

        private void emit(Discrepancy d) {
            counts[d.kind().ordinal()]++;
            sink.accept(d);
        }

        private Evidence deathRecord(PersonId id, LocalDate day) {
            Evidence e = deathRecordOrNull(id, day);
            if (e == null) {
                throw new IllegalStateException("a registry reported a death flag without its evidence");
            }
            return e;
        }

        private Evidence deathRecordOrNull(PersonId id, LocalDate day) {
            for (RegistryFlag f : DEATH) {
                Optional<Evidence> e = registries.find(id, f, day);
                if (e.isPresent()) {
                    return e.get();
                }
            }
            return null;
        }
    }

    /** Waits for a part; its failure is the run's. */
    private static void await(Future<?> part) {
        try {
            part.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a part of the cross-check failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the cross-check");
        }
    }

    /** Collects records into chunks of a size and hands each on. */
    private static final class Chunks implements Consumer<RecognitionRecord> {
        private final Consumer<List<RecognitionRecord>> next;
        private final int size;
        private List<RecognitionRecord> chunk;

        Chunks(Consumer<List<RecognitionRecord>> next, int size) {
            this.next = next;
            this.size = size;
            this.chunk = new ArrayList<>(size);
        }

        @Override
        public void accept(RecognitionRecord r) {
            chunk.add(r);
            if (chunk.size() == size) {
                flush();
            }
        }

        void flush() {
            if (!chunk.isEmpty()) {
                next.accept(chunk);
                chunk = new ArrayList<>(size);
            }
        }
    }

    /** The helper threads of parallel runs: daemons, so that a host's exit never waits on them. */
    private static final ThreadFactory HELPERS = new ThreadFactory() {
        private final AtomicInteger made = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "jobassist-cross-check-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    };

    /** The later of two pieces of evidence: by last valid day, then recorded day, then reference. */
    private static final Comparator<Evidence> LATEST = Comparator.comparing(Evidence::lastValidDay)
            .thenComparing(Evidence::recordedOn).thenComparing(Evidence::reference);

    /** Whether two payments of one person are of the same kind and key period, so one city must pay them. */
    private static boolean sameSlot(LedgerEntry a, LedgerEntry b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return a.kind().isMonthly() ? a.month().equals(b.month()) : a.period().equals(b.period());
    }

    private static DivisionCode cityOf(PersonRecord person) {
        return ClassifiedEngine.cityOf(person.residence());
    }

    @Override
    public String toString() {
        return "CrossCheckEngine[" + ledgers.size() + " ledgers]";
    }
}
