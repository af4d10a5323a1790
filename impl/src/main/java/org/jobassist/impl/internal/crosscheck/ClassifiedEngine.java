package org.jobassist.impl.internal.crosscheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.crosscheck.ClassifiedCounts;
import org.jobassist.api.crosscheck.ClassifiedEntry;
import org.jobassist.api.crosscheck.ClassifiedPage;
import org.jobassist.api.crosscheck.ClassifiedQuery;
import org.jobassist.api.crosscheck.ClassifiedRegister;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;

/**
 * Classified management (分类管理) by one scan of the recognition store per call, reading each
 * matching person's record for the residence. A page keeps the smallest ids above the cursor
 * in a bounded heap, so a page of {@code k} over {@code n} records costs {@code n log k} and
 * {@code k} entries of memory, whatever {@code n}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClassifiedEngine implements ClassifiedRegister {

    private final RecognitionStore recognitions;
    private final PersonStore people;

    /**
     * An engine over these stores.
     *
     * @param recognitions the recognition records
     * @param people the person records, for the residence
     * @throws NullPointerException if an argument is null
     */
    public ClassifiedEngine(RecognitionStore recognitions, PersonStore people) {
        this.recognitions = Objects.requireNonNull(recognitions, "recognitions");
        this.people = Objects.requireNonNull(people, "people");
    }

    /**
     * The prefecture-level city of a residence: a county's parent, a city itself.
     *
     * @param residence the county (or city) of residence
     * @return the city
     */
    static DivisionCode cityOf(DivisionCode residence) {
        return residence.level() == DivisionLevel.COUNTY ? residence.parent().orElseThrow() : residence;
    }

    @Override
    public ClassifiedCounts counts(ClassifiedQuery query) {
        Objects.requireNonNull(query, "query");
        Map<String, Map<DivisionCode, Long>> byCategory = new HashMap<>();
        Map<DivisionCode, Long> byCity = new HashMap<>();
        long[] totals = new long[2];
        scan(query, entry -> {
            totals[0]++;
            byCity.merge(entry.city(), 1L, Long::sum);
            for (String c : entry.categories()) {
                byCategory.computeIfAbsent(c, k -> new HashMap<>()).merge(entry.city(), 1L, Long::sum);
            }
        }, () -> totals[1]++);
        return new ClassifiedCounts(query, byCategory, byCity, totals[0], totals[1]);
    }

    @Override
    public ClassifiedPage firstPage(ClassifiedQuery query, int size) {
        return pageAfter(query, null, size);
    }

    @Override
    public ClassifiedPage page(ClassifiedQuery query, PersonId after, int size) {
        Objects.requireNonNull(after, "after");
        return pageAfter(query, after, size);
    }

    /** The page after {@code after}, or the first page if it is null. */
    private ClassifiedPage pageAfter(ClassifiedQuery query, PersonId after, int size) {
        Objects.requireNonNull(query, "query");
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(new Violation("size", "classified.page-size",
                    "a page holds 1 to " + MAX_PAGE_SIZE + " entries"));
        }
        // A max-heap of the smallest ids seen: the root is the one to drop first.
        PriorityQueue<ClassifiedEntry> heap = new PriorityQueue<>(size + 1,
                Comparator.comparing(ClassifiedEntry::person).reversed());
        boolean[] more = new boolean[1];
        scan(query, after, entry -> {
            heap.add(entry);
            if (heap.size() > size) {
                heap.poll();
                more[0] = true;
            }
        });
        List<ClassifiedEntry> entries = new ArrayList<>(heap);
        entries.sort(Comparator.comparing(ClassifiedEntry::person));
        Optional<PersonId> next = more[0] ? Optional.of(entries.get(entries.size() - 1).person()) : Optional.empty();
        return new ClassifiedPage(entries, next);
    }

    @Override
    public void forEach(ClassifiedQuery query, Consumer<? super ClassifiedEntry> action) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(action, "action");
        scan(query, action, () -> { });
    }

    private void scan(ClassifiedQuery query, PersonId after, Consumer<? super ClassifiedEntry> action) {
        recognitions.forEach(r -> {
            if (after == null || r.person().compareTo(after) > 0) {
                match(query, r, action, () -> { });
            }
        });
    }

    private void scan(ClassifiedQuery query, Consumer<? super ClassifiedEntry> action, Runnable withoutPerson) {
        recognitions.forEach(r -> match(query, r, action, withoutPerson));
    }

    private void match(ClassifiedQuery query, RecognitionRecord r, Consumer<? super ClassifiedEntry> action,
                       Runnable withoutPerson) {
        RecognitionRecord.Transition status = StatusOn.on(r, query.asOf());
        if (status == null || (!query.statuses().isEmpty() && !query.statuses().contains(status.status()))) {
            return;
        }
        Optional<PersonRecord> person = people.find(r.person());
        if (person.isEmpty()) {
            withoutPerson.run();
            return;
        }
        DivisionCode county = person.get().residence();
        DivisionCode city = cityOf(county);
        if (query.matches(status.status(), r.categories(), city)) {
            action.accept(new ClassifiedEntry(r.person(), person.get().idNumber().masked(), county, city,
                    status.status(), status.date(), r.categories()));
        }
    }

    @Override
    public String toString() {
        return "ClassifiedEngine";
    }
}
