package org.jobassist.impl.internal.assessment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jobassist.api.assessment.CategorySubset;
import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.CountRule;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.OutcomeTally;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.StorageException;

/**
 * An {@link OutcomeStore} in columns, sized for ten million outcomes: per outcome an epoch
 * day ({@code int}), a city index and a channel ordinal ({@code byte} each), a category
 * bitmask ({@code int}) and the UTF-8 bytes of its id and person in one shared byte pool; two
 * open-addressing hash tables of row numbers index the ids and the (person, year) pairs. No
 * object is kept per outcome: about 50 bytes a row (columns, tables at most half full, growth
 * slack) plus the ids' and persons' bytes; 88 bytes an outcome measured with 19-character ids
 * and person ids (AssessmentBenchmark).
 *
 * <p>Limits: 32 distinct category codes (a catalogue has about 15), a pool of 2 GiB of id and
 * person bytes, {@link Integer#MAX_VALUE} − 8 rows; beyond them a batch throws
 * {@link StorageException} before it changes anything.
 *
 * <p>Thread-safe: one read–write lock. A batch runs under the write lock, so it is one step
 * for readers and writers; {@link #tally} and {@link #find} run under the read lock, so a
 * tally of ten million rows (tens of milliseconds) delays writers for that long.
 */
public final class InMemoryOutcomeStore implements OutcomeStore {

    private static final int CHANNELS = Channel.values().length;
    private static final Channel[] CHANNEL_VALUES = Channel.values();
    private static final int MAX_CODES = 32;
    private static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<DivisionCode> storeCities;
    private final Map<DivisionCode, Integer> cityIndex = new HashMap<>();

    private int rows;
    private int[] days = new int[16];
    private byte[] cities = new byte[16];
    private byte[] channels = new byte[16];
    private int[] masks = new int[16];
    private int[] offsets = new int[16];
    private byte[] idLengths = new byte[16];
    private byte[] personLengths = new byte[16];
    private byte[] pool = new byte[256];
    private int poolSize;

    /** Row + 1 per slot, 0 for empty. */
    private int[] idTable = new int[32];
    private int[] personYearTable = new int[32];
    private int personYearEntries;

    private final Map<String, Integer> codeBits = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private final Map<Integer, Map<String, Long>> rejections = new HashMap<>();

    /** A new, empty store over the cities of {@link Divisions#builtIn()}. */
    public InMemoryOutcomeStore() {
        List<DivisionCode> list = new ArrayList<>();
        for (Division city : Divisions.builtIn().cities()) {
            cityIndex.put(city.code(), list.size());
            list.add(city.code());
        }
        this.storeCities = List.copyOf(list);
    }

    @Override
    public List<WriteStatus> recordAll(List<EmploymentOutcome> outcomes, CountRule rule) {
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(rule, "rule");
        List<Violation> nulls = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == null) {
                nulls.add(new Violation("outcomes[" + i + "]", "store.null-item", "a batch holds no null outcome"));
            }
        }
        if (!nulls.isEmpty()) {
            throw new InvalidInputException(nulls);
        }
        List<WriteStatus> statuses = new ArrayList<>(outcomes.size());
        lock.writeLock().lock();
        try {
            reserve(outcomes);
            for (EmploymentOutcome outcome : outcomes) {
                statuses.add(recordOne(outcome, rule));
            }
        } finally {
            lock.writeLock().unlock();
        }
        return Collections.unmodifiableList(statuses);
    }

    /** Grows every column, table and the dictionary for the whole batch first, so that no write fails half-way. */
    private void reserve(List<EmploymentOutcome> outcomes) {
        long bytes = poolSize;
        List<String> newCodes = new ArrayList<>();
        for (EmploymentOutcome o : outcomes) {
            bytes += utf8(o.id()).length + utf8(o.person().value()).length;
            for (String code : o.categories()) {
                if (!codeBits.containsKey(code) && !newCodes.contains(code)) {
                    newCodes.add(code);
                }
            }
            if (!cityIndex.containsKey(o.city())) {
                throw new StorageException("this store holds the cities of the built-in division table only");
            }
        }
        if (codes.size() + newCodes.size() > MAX_CODES) {
            throw new StorageException("this store holds at most " + MAX_CODES + " distinct category codes");
        }
        long needRows = (long) rows + outcomes.size();
        if (needRows > MAX_ROWS || bytes > MAX_ROWS) {
            throw new StorageException("the in-memory outcome store is full");
        }
        ensureRows((int) needRows);
        if (bytes > pool.length) {
            pool = Arrays.copyOf(pool, (int) Math.min(MAX_ROWS, Math.max(bytes, 2L * pool.length)));
        }
        idTable = ensureTable(idTable, (int) needRows, true);
        personYearTable = ensureTable(personYearTable, personYearEntries + outcomes.size(), false);
    }

    private void ensureRows(int needed) {
        if (needed <= days.length) {
            return;
        }
        int capacity = (int) Math.min(MAX_ROWS, Math.max(needed, 2L * days.length));
        days = Arrays.copyOf(days, capacity);
        cities = Arrays.copyOf(cities, capacity);
        channels = Arrays.copyOf(channels, capacity);
        masks = Arrays.copyOf(masks, capacity);
        offsets = Arrays.copyOf(offsets, capacity);
        idLengths = Arrays.copyOf(idLengths, capacity);
        personLengths = Arrays.copyOf(personLengths, capacity);
    }

    /** Keeps the load factor at most one half; rehashes from the pool (no hash column is kept). */
    private int[] ensureTable(int[] table, int entries, boolean byId) {
        if ((long) entries * 2 <= table.length) {
            return table;
        }
        long size = table.length;
        while (size < (long) entries * 2) {
            size *= 2;
        }
        if (size > (1 << 30)) {
            throw new StorageException("the in-memory outcome store is full");
        }
        int[] grown = new int[(int) size];
        int mask = grown.length - 1;
        for (int slot : table) {
            if (slot != 0) {
                int row = slot - 1;
                int h = byId ? idHash(row) : personYearHash(row);
                int i = h & mask;
                while (grown[i] != 0) {
                    i = (i + 1) & mask;
                }
                grown[i] = slot;
            }
        }
        return grown;
    }

    private WriteStatus recordOne(EmploymentOutcome outcome, CountRule rule) {
        byte[] id = utf8(outcome.id());
        byte[] person = utf8(outcome.person().value());
        int idMask = idTable.length - 1;
        int i = hash(id, 0, id.length) & idMask;
        while (idTable[i] != 0) {
            int row = idTable[i] - 1;
            if (equalBytes(offsets[row], idLengths[row] & 0xff, id)) {
                return sameContent(row, outcome, person) ? WriteStatus.ALREADY_STORED : WriteStatus.ID_CONFLICT;
            }
            i = (i + 1) & idMask;
        }
        int idSlot = i;
        int year = outcome.date().getYear();
        int pyMask = personYearTable.length - 1;
        int j = mix(hash(person, 0, person.length) * 31 + year) & pyMask;
        boolean personCounted = false;
        while (personYearTable[j] != 0) {
            int row = personYearTable[j] - 1;
            if (LocalDate.ofEpochDay(days[row]).getYear() == year
                    && equalBytes(offsets[row] + (idLengths[row] & 0xff), personLengths[row] & 0xff, person)) {
                personCounted = true;
                break;
            }
            j = (j + 1) & pyMask;
        }
        if (personCounted && rule == CountRule.ONCE_PER_PERSON_PER_YEAR) {
            return WriteStatus.PERSON_ALREADY_COUNTED;
        }
        int row = rows;
        days[row] = Math.toIntExact(outcome.date().toEpochDay());
        cities[row] = (byte) (int) cityIndex.get(outcome.city());
        channels[row] = (byte) outcome.channel().ordinal();
        masks[row] = encode(outcome.categories(), true);
        offsets[row] = poolSize;
        idLengths[row] = (byte) id.length;
        personLengths[row] = (byte) person.length;
        System.arraycopy(id, 0, pool, poolSize, id.length);
        System.arraycopy(person, 0, pool, poolSize + id.length, person.length);
        poolSize += id.length + person.length;
        rows++;
        idTable[idSlot] = row + 1;
        if (!personCounted) {
            personYearTable[j] = row + 1;
            personYearEntries++;
        }
        return WriteStatus.STORED;
    }

    private boolean sameContent(int row, EmploymentOutcome outcome, byte[] person) {
        return days[row] == outcome.date().toEpochDay()
                && storeCities.get(cities[row]).equals(outcome.city())
                && channels[row] == outcome.channel().ordinal()
                && equalBytes(offsets[row] + (idLengths[row] & 0xff), personLengths[row] & 0xff, person)
                && masks[row] == encode(outcome.categories(), false)
                && outcome.categories().stream().allMatch(codeBits::containsKey);
    }

    private int encode(Iterable<String> categoryCodes, boolean assign) {
        int mask = 0;
        for (String code : categoryCodes) {
            Integer bit = codeBits.get(code);
            if (bit == null && assign) {
                bit = codes.size();
                codes.add(code);
                codeBits.put(code, bit);
            }
            if (bit != null) {
                mask |= 1 << bit;
            }
        }
        return mask;
    }

    @Override
    public Optional<EmploymentOutcome> find(String id) {
        byte[] key = utf8(Objects.requireNonNull(id, "id"));
        lock.readLock().lock();
        try {
            int mask = idTable.length - 1;
            for (int i = hash(key, 0, key.length) & mask; idTable[i] != 0; i = (i + 1) & mask) {
                int row = idTable[i] - 1;
                if (equalBytes(offsets[row], idLengths[row] & 0xff, key)) {
                    return Optional.of(outcomeAt(row));
                }
            }
            return Optional.empty();
        } finally {
            lock.readLock().unlock();
        }
    }

    private EmploymentOutcome outcomeAt(int row) {
        int idLength = idLengths[row] & 0xff;
        String id = new String(pool, offsets[row], idLength, StandardCharsets.UTF_8);
        String person = new String(pool, offsets[row] + idLength, personLengths[row] & 0xff, StandardCharsets.UTF_8);
        List<String> held = new ArrayList<>();
        for (int bit = 0; bit < codes.size(); bit++) {
            if ((masks[row] & (1 << bit)) != 0) {
                held.add(codes.get(bit));
            }
        }
        return EmploymentOutcome.builder().id(id).person(PersonId.of(person)).city(storeCities.get(cities[row]))
                .date(LocalDate.ofEpochDay(days[row])).channel(CHANNEL_VALUES[channels[row]])
                .categories(new java.util.TreeSet<>(held)).build();
    }

    @Override
    public long size() {
        lock.readLock().lock();
        try {
            return rows;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public OutcomeTally tally(int year, List<DivisionCode> tallyCities, List<CategorySubset> subsets) {
        Objects.requireNonNull(tallyCities, "cities");
        Objects.requireNonNull(subsets, "subsets");
        tallyCities.forEach(c -> Objects.requireNonNull(c, "city"));
        subsets.forEach(s -> Objects.requireNonNull(s, "subset"));
        int[] toTally = new int[storeCities.size()];
        Arrays.fill(toTally, -1);
        for (int c = 0; c < tallyCities.size(); c++) {
            Integer index = cityIndex.get(tallyCities.get(c));
            if (index != null && toTally[index] < 0) {
                toTally[index] = c;
            }
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        int start = (int) first.toEpochDay();
        byte[] monthOfDay = new byte[first.lengthOfYear()];
        for (int d = 0; d < monthOfDay.length; d++) {
            monthOfDay[d] = (byte) (first.plusDays(d).getMonthValue() - 1);
        }
        int cityCount = tallyCities.size();
        int[] counts = new int[12 * cityCount * CHANNELS];
        int[] subsetCounts = new int[subsets.size() * 12 * cityCount];
        lock.readLock().lock();
        try {
            int[] subsetMasks = new int[subsets.size()];
            for (int s = 0; s < subsets.size(); s++) {
                subsetMasks[s] = encode(subsets.get(s).categoryCodes(), false);
            }
            scan(start, monthOfDay, toTally, cityCount, subsetMasks, counts, subsetCounts);
        } finally {
            lock.readLock().unlock();
        }
        OutcomeTally.Builder builder = OutcomeTally.builder(year, tallyCities, subsets);
        for (int m = 0; m < 12; m++) {
            for (int c = 0; c < cityCount; c++) {
                for (int ch = 0; ch < CHANNELS; ch++) {
                    int n = counts[(m * cityCount + c) * CHANNELS + ch];
                    if (n != 0) {
                        builder.add(m + 1, c, CHANNEL_VALUES[ch], n);
                    }
                }
                for (int s = 0; s < subsets.size(); s++) {
                    int n = subsetCounts[(s * 12 + m) * cityCount + c];
                    if (n != 0) {
                        builder.addSubset(s, m + 1, c, n);
                    }
                }
            }
        }
        return builder.build();
    }

    /** The hot loop: one pass over the columns, no object per row. */
    private void scan(int start, byte[] monthOfDay, int[] toTally, int cityCount, int[] subsetMasks, int[] counts,
            int[] subsetCounts) {
        int n = rows;
        int length = monthOfDay.length;
        int subsetCount = subsetMasks.length;
        int[] dayColumn = days;
        byte[] cityColumn = cities;
        byte[] channelColumn = channels;
        int[] maskColumn = masks;
        for (int r = 0; r < n; r++) {
            int d = dayColumn[r] - start;
            if (d < 0 || d >= length) {
                continue;
            }
            int c = toTally[cityColumn[r]];
            if (c < 0) {
                continue;
            }
            int m = monthOfDay[d];
            counts[(m * cityCount + c) * CHANNELS + channelColumn[r]]++;
            int mask = maskColumn[r];
            if (mask != 0) {
                for (int s = 0; s < subsetCount; s++) {
                    if ((mask & subsetMasks[s]) != 0) {
                        subsetCounts[(s * 12 + m) * cityCount + c]++;
                    }
                }
            }
        }
    }

    @Override
    public void addRejections(int year, Map<String, Integer> countsByReason) {
        Objects.requireNonNull(countsByReason, "countsByReason");
        List<Violation> faults = new ArrayList<>();
        countsByReason.forEach((code, n) -> {
            Objects.requireNonNull(code, "code");
            if (Objects.requireNonNull(n, "count") < 0) {
                faults.add(new Violation("countsByReason[" + code + "]", "store.negative-count",
                        "a count of rejections is not negative"));
            }
        });
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        lock.writeLock().lock();
        try {
            Map<String, Long> counts = rejections.computeIfAbsent(year, y -> new TreeMap<>());
            countsByReason.forEach((code, n) -> {
                if (n > 0) {
                    counts.merge(code, (long) n, Long::sum);
                }
            });
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Map<String, Long> rejections(int year) {
        lock.readLock().lock();
        try {
            return Collections.unmodifiableMap(new TreeMap<>(rejections.getOrDefault(year, Map.of())));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes held by the columns, the pool and the tables: a lower bound of the store's heap, for benchmarks. */
    public long heapBytesEstimate() {
        lock.readLock().lock();
        try {
            long perRowCapacity = 4L + 1 + 1 + 4 + 4 + 1 + 1;
            return perRowCapacity * days.length + pool.length + 4L * idTable.length + 4L * personYearTable.length;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "InMemoryOutcomeStore[" + size() + " outcomes]";
    }

    private int idHash(int row) {
        return hash(pool, offsets[row], idLengths[row] & 0xff);
    }

    private int personYearHash(int row) {
        int idLength = idLengths[row] & 0xff;
        return mix(hash(pool, offsets[row] + idLength, personLengths[row] & 0xff) * 31
                + LocalDate.ofEpochDay(days[row]).getYear());
    }

    private boolean equalBytes(int offset, int length, byte[] other) {
        return length == other.length && Arrays.equals(pool, offset, offset + length, other, 0, length);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int hash(byte[] bytes, int offset, int length) {
        int h = 0x811c9dc5;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        return mix(h);
    }

    /** Spreads the bits so that linear probing over a power-of-two table stays short. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
