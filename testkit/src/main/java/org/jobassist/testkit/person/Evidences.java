package org.jobassist.testkit.person;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of registry evidence (部门认定记录) for a person and flag, placed against a day
 * {@code asOf} so that whether it holds on that day is known by construction:
 * {@link #validOn} holds (often starting or ending exactly on the day, or open-ended),
 * {@link #expiredBefore} ended the day before, {@link #startingAfter} starts the day after,
 * {@link #withdrawnBy} was withdrawn on or before the day. {@link #around} mixes the four.
 *
 * <p>Every value is valid by construction. References look like {@code R-1234567}; person
 * ids like {@code p123}, never personal data. Draws are deterministic under
 * {@code Properties.qt()} and {@code Samples.draw}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Evidences {

    /** How far back a validity may start and forward an end may lie, in days (about three years). */
    private static final int SPAN_DAYS = 3 * 366;
    /** How long before its first valid day a registry may have recorded a fact, in days. */
    private static final int RECORDING_LAG_DAYS = 30;

    private Evidences() {}

    /**
     * Person ids {@code p0} to {@code p<count - 1>}, so that draws collide on people often.
     *
     * @param count how many different ids, at least 1
     * @return the generator
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    public static Gen<PersonId> persons(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        return in -> PersonId.of("p" + Draw.between(in, 0, count - 1));
    }

    /**
     * Every flag, equally likely.
     *
     * @return the generator
     */
    public static Gen<RegistryFlag> flags() {
        List<RegistryFlag> all = List.of(RegistryFlag.values());
        return in -> Draw.pick(in, all);
    }

    /**
     * The flags of {@code source}, equally likely.
     *
     * @param source a source with flags (not {@link RegistrySource#SOCIAL_INSURANCE})
     * @return the generator
     * @throws IllegalArgumentException if {@code source} has no flags
     * @throws NullPointerException if {@code source} is null
     */
    public static Gen<RegistryFlag> flags(RegistrySource source) {
        List<RegistryFlag> of = flagsOf(source);
        if (of.isEmpty()) {
            throw new IllegalArgumentException("no flag has source " + source);
        }
        return in -> Draw.pick(in, of);
    }

    /**
     * The flags of {@code source}, in declaration order.
     *
     * @param source the source
     * @return an unmodifiable list, empty for {@link RegistrySource#SOCIAL_INSURANCE}
     * @throws NullPointerException if {@code source} is null
     */
    public static List<RegistryFlag> flagsOf(RegistrySource source) {
        Objects.requireNonNull(source, "source");
        return Arrays.stream(RegistryFlag.values()).filter(f -> f.source() == source)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Registry record numbers {@code R-0} to {@code R-9999999}.
     *
     * @return the generator
     */
    public static Gen<String> references() {
        return in -> "R-" + Draw.between(in, 0, 9_999_999);
    }

    /**
     * Evidence that holds on {@code asOf}: one in four starts that very day, one in four
     * ends that day, one in four is open-ended; one in six is withdrawn, but only after
     * {@code asOf}.
     *
     * @param person the person
     * @param flag the flag
     * @param asOf the day it holds on
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Evidence> validOn(PersonId person, RegistryFlag flag, LocalDate asOf) {
        requireAll(person, flag, asOf);
        return in -> {
            LocalDate start = Draw.oneIn(in, 4) ? asOf : asOf.minusDays(Draw.between(in, 1, SPAN_DAYS));
            int endKind = Draw.between(in, 0, 3);
            DateRange valid = endKind == 0 ? DateRange.of(start, asOf)
                    : endKind == 1 ? DateRange.startingOn(start)
                    : DateRange.of(start, asOf.plusDays(Draw.between(in, 1, SPAN_DAYS)));
            Evidence e = build(in, person, flag, valid);
            return Draw.oneIn(in, 6) ? e.withdrawnOn(asOf.plusDays(Draw.between(in, 1, SPAN_DAYS))) : e;
        };
    }

    /**
     * Evidence whose validity ended on the day before {@code asOf}.
     *
     * @param person the person
     * @param flag the flag
     * @param asOf the first day it no longer holds
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Evidence> expiredBefore(PersonId person, RegistryFlag flag, LocalDate asOf) {
        requireAll(person, flag, asOf);
        return in -> {
            LocalDate end = asOf.minusDays(1);
            return build(in, person, flag, DateRange.of(end.minusDays(Draw.between(in, 0, SPAN_DAYS)), end));
        };
    }

    /**
     * Evidence whose validity starts on the day after {@code asOf}.
     *
     * @param person the person
     * @param flag the flag
     * @param asOf the last day it does not yet hold
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Evidence> startingAfter(PersonId person, RegistryFlag flag, LocalDate asOf) {
        requireAll(person, flag, asOf);
        return in -> {
            LocalDate start = asOf.plusDays(1);
            DateRange valid = Draw.oneIn(in, 3) ? DateRange.startingOn(start)
                    : DateRange.of(start, start.plusDays(Draw.between(in, 0, SPAN_DAYS)));
            return build(in, person, flag, valid);
        };
    }

    /**
     * Evidence valid on {@code asOf} by its dates but withdrawn on or before that day (one in
     * three exactly on it), so it does not hold.
     *
     * @param person the person
     * @param flag the flag
     * @param asOf the day
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Evidence> withdrawnBy(PersonId person, RegistryFlag flag, LocalDate asOf) {
        requireAll(person, flag, asOf);
        Gen<Evidence> valid = validOn(person, flag, asOf);
        return in -> {
            Evidence e = valid.generate(in);
            long back = asOf.toEpochDay() - e.valid().start().toEpochDay();
            LocalDate withdrawn = Draw.oneIn(in, 3) ? asOf : asOf.minusDays(Draw.between(in, 0L, back));
            return e.withdrawnOn(withdrawn);
        };
    }

    /**
     * Evidence that does not hold on {@code asOf}: expired the day before, starting the day
     * after or withdrawn by then, equally likely.
     *
     * @param person the person
     * @param flag the flag
     * @param asOf the day
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Evidence> notValidOn(PersonId person, RegistryFlag flag, LocalDate asOf) {
        List<Gen<Evidence>> kinds = List.of(expiredBefore(person, flag, asOf), startingAfter(person, flag, asOf),
                withdrawnBy(person, flag, asOf));
        return in -> Draw.pick(in, kinds).generate(in);
    }

    /**
     * Evidence near {@code asOf}: valid on it, expired the day before, starting the day after
     * or withdrawn by then, equally likely. Ask {@link Evidence#isValidOn} which.
     *
     * @param person the person
     * @param flag the flag
     * @param asOf the day
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Evidence> around(PersonId person, RegistryFlag flag, LocalDate asOf) {
        Gen<Evidence> valid = validOn(person, flag, asOf);
        Gen<Evidence> invalid = notValidOn(person, flag, asOf);
        return in -> Draw.oneIn(in, 4) ? valid.generate(in) : invalid.generate(in);
    }

    /**
     * Evidence of {@code source} near {@code asOf} (as {@link #around}) about one of
     * {@code people} people ({@link #persons(int)}), any flag of the source.
     *
     * @param source a source with flags
     * @param people how many different people, at least 1
     * @param asOf the day
     * @return the generator
     * @throws IllegalArgumentException if {@code source} has no flags or {@code people} is
     *     less than 1
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Evidence> anyOf(RegistrySource source, int people, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Gen<RegistryFlag> flags = flags(source);
        Gen<PersonId> persons = persons(people);
        return in -> around(persons.generate(in), flags.generate(in), asOf).generate(in);
    }

    private static Evidence build(RandomnessSource in, PersonId person, RegistryFlag flag, DateRange valid) {
        LocalDate recorded = valid.start().minusDays(Draw.between(in, 0, RECORDING_LAG_DAYS));
        return Evidence.of(person, flag, "R-" + Draw.between(in, 0, 9_999_999), recorded, valid);
    }

    private static void requireAll(PersonId person, RegistryFlag flag, LocalDate asOf) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(asOf, "asOf");
    }
}
