package org.jobassist.api.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.region.Divisions;

/**
 * One person with employment difficulties helped into work (帮扶就业): who, where, on which
 * day, through which channel, and the categories the person held that day.
 *
 * <p>The outcome is booked to a prefecture-level city: a county-level division given to
 * {@link Builder#city(DivisionCode)} is booked to its city. The id is the host's (for example
 * its placement record number) and makes recording idempotent.
 *
 * <p>Error codes of {@link Builder#build()}: {@code outcome.required} (a missing field, path
 * names it), {@code outcome.id} (blank, longer than {@value #MAX_ID_LENGTH} characters, or
 * with white space or control characters), {@code outcome.city-unknown} (a division not in
 * {@link Divisions#builtIn()}), {@code outcome.city-level} (the province, not a city or
 * county), {@code outcome.category-code} (a category code that is not upper-case letters,
 * digits and underscores).
 *
 * <p>{@link #toString()} shows neither the person nor anything about them but the categories.
 *
 * <p>Immutable and thread-safe.
 */
public final class EmploymentOutcome {

    /** The longest outcome id accepted. */
    public static final int MAX_ID_LENGTH = 64;

    private final String id;
    private final PersonId person;
    private final DivisionCode city;
    private final LocalDate date;
    private final Channel channel;
    private final Set<String> categories;

    private EmploymentOutcome(String id, PersonId person, DivisionCode city, LocalDate date, Channel channel,
            Set<String> categories) {
        this.id = id;
        this.person = person;
        this.city = city;
        this.date = date;
        this.channel = channel;
        this.categories = categories;
    }

    /**
     * A builder for an outcome.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether {@code code} is a well-formed category code: upper-case ASCII letters, digits and
     * underscores, starting with a letter, at most 64 characters.
     *
     * @param code the code
     * @return true if well-formed
     * @throws NullPointerException if {@code code} is null
     */
    public static boolean isWellFormedCategoryCode(String code) {
        Objects.requireNonNull(code, "code");
        if (code.isEmpty() || code.length() > 64 || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code id} is a well-formed outcome id: 1 to {@value #MAX_ID_LENGTH} characters
     * without white space or control characters.
     *
     * @param id the id
     * @return true if well-formed
     * @throws NullPointerException if {@code id} is null
     */
    public static boolean isWellFormedId(String id) {
        Objects.requireNonNull(id, "id");
        return !id.isEmpty() && id.length() <= MAX_ID_LENGTH
                && id.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    /**
     * The host's id of this outcome.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The person helped.
     *
     * @return the person
     */
    public PersonId person() {
        return person;
    }

    /**
     * The prefecture-level city the outcome is booked to.
     *
     * @return the city
     */
    public DivisionCode city() {
        return city;
    }

    /**
     * The day the person started work.
     *
     * @return the day
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The placement channel.
     *
     * @return the channel
     */
    public Channel channel() {
        return channel;
    }

    /**
     * The category codes the person held on the day, sorted.
     *
     * @return an unmodifiable set, possibly empty
     */
    public Set<String> categories() {
        return categories;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmploymentOutcome other && id.equals(other.id) && person.equals(other.person)
                && city.equals(other.city) && date.equals(other.date) && channel == other.channel
                && categories.equals(other.categories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, person, city, date, channel, categories);
    }

    /** {@return a summary without the person} */
    @Override
    public String toString() {
        return "EmploymentOutcome[" + id + ", city " + city + ", " + date + ", " + channel.code()
                + ", categories " + categories + "]";
    }

    /** Builds an {@link EmploymentOutcome}; not thread-safe. */
    public static final class Builder {
        private String id;
        private PersonId person;
        private DivisionCode city;
        private LocalDate date;
        private Channel channel;
        private final Set<String> categories = new TreeSet<>();

        private Builder() {
        }

        /**
         * Sets the host's id of the outcome.
         *
         * @param id the id
         * @return this builder
         * @throws NullPointerException if {@code id} is null
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the person helped.
         *
         * @param person the person
         * @return this builder
         * @throws NullPointerException if {@code person} is null
         */
        public Builder person(PersonId person) {
            this.person = Objects.requireNonNull(person, "person");
            return this;
        }

        /**
         * Sets the city, or a county that is booked to its city.
         *
         * @param city a prefecture-level or county-level division
         * @return this builder
         * @throws NullPointerException if {@code city} is null
         */
        public Builder city(DivisionCode city) {
            this.city = Objects.requireNonNull(city, "city");
            return this;
        }

        /**
         * Sets the day the person started work.
         *
         * @param date the day
         * @return this builder
         * @throws NullPointerException if {@code date} is null
         */
        public Builder date(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the placement channel.
         *
         * @param channel the channel
         * @return this builder
         * @throws NullPointerException if {@code channel} is null
         */
        public Builder channel(Channel channel) {
            this.channel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        /**
         * Adds category codes the person held on the day.
         *
         * @param codes the codes
         * @return this builder
         * @throws NullPointerException if a code is null
         */
        public Builder categories(Set<String> codes) {
            Objects.requireNonNull(codes, "codes").forEach(c -> categories.add(Objects.requireNonNull(c, "code")));
            return this;
        }

        /**
         * Adds category codes the person held on the day.
         *
         * @param codes the codes
         * @return this builder
         * @throws NullPointerException if a code is null
         */
        public Builder categories(String... codes) {
            return categories(Set.of(codes));
        }

        /**
         * Builds the outcome, checking every field at once.
         *
         * @return the outcome
         * @throws InvalidInputException with every violation found (codes in the class javadoc)
         */
        public EmploymentOutcome build() {
            List<Violation> faults = new ArrayList<>();
            if (id == null) {
                faults.add(required("id"));
            } else if (!isWellFormedId(id)) {
                faults.add(new Violation("id", "outcome.id",
                        "an outcome id is 1 to " + MAX_ID_LENGTH + " characters without white space"));
            }
            if (person == null) {
                faults.add(required("person"));
            }
            if (date == null) {
                faults.add(required("date"));
            }
            if (channel == null) {
                faults.add(required("channel"));
            }
            DivisionCode booked = null;
            if (city == null) {
                faults.add(required("city"));
            } else if (!Divisions.builtIn().isKnown(city)) {
                faults.add(new Violation("city", "outcome.city-unknown", "the division code is not in the table"));
            } else if (city.level() == DivisionLevel.PROVINCE) {
                faults.add(new Violation("city", "outcome.city-level",
                        "an outcome is booked to a city or county, not a province"));
            } else {
                booked = city.level() == DivisionLevel.PREFECTURE ? city : city.parent().orElseThrow();
            }
            if (!categories.stream().allMatch(EmploymentOutcome::isWellFormedCategoryCode)) {
                faults.add(new Violation("categories", "outcome.category-code",
                        "a category code is upper-case letters, digits and underscores"));
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new EmploymentOutcome(id, person, booked, date, channel,
                    Collections.unmodifiableSet(new TreeSet<>(categories)));
        }

        private static Violation required(String path) {
            return new Violation(path, "outcome.required", "the field is required");
        }
    }
}
