package org.jobassist.api.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.time.DateRange;

/**
 * A recruitment event (招聘活动): a job fair, an Employment Assistance Month (就业援助月) event,
 * an online event, with the city that holds it, its days and the vacancies it carries (by
 * vacancy id, in the host's order).
 *
 * <p>Error codes of {@link Builder#build()}: {@code event.required} (a missing field, path
 * names it), {@code event.id} (blank, longer than 64 characters, or with white space),
 * {@code event.name} (blank or longer than {@value #MAX_NAME_LENGTH} characters),
 * {@code event.city-level} (a city that is not prefecture-level), {@code event.vacancy-id}
 * (a malformed vacancy id, path {@code vacancyIds[i]}), {@code event.duplicate-vacancy} (a
 * vacancy listed twice, path {@code vacancyIds[i]} of the later one).
 *
 * <p>Immutable and thread-safe.
 */
public final class RecruitmentEvent {

    /** The longest event name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    private final String id;
    private final RecruitmentEventKind kind;
    private final String name;
    private final DivisionCode city;
    private final DateRange dates;
    private final List<String> vacancyIds;

    private RecruitmentEvent(Builder b) {
        id = b.id;
        kind = b.kind;
        name = b.name;
        city = b.city;
        dates = b.dates;
        vacancyIds = List.copyOf(b.vacancyIds);
    }

    /**
     * A builder for an event.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the host's id */
    public String id() {
        return id;
    }

    /** @return the kind */
    public RecruitmentEventKind kind() {
        return kind;
    }

    /** @return the event's name */
    public String name() {
        return name;
    }

    /** @return the prefecture-level city holding the event */
    public DivisionCode city() {
        return city;
    }

    /** @return the days of the event */
    public DateRange dates() {
        return dates;
    }

    /** @return the ids of the vacancies the event carries, in the host's order, unmodifiable */
    public List<String> vacancyIds() {
        return vacancyIds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecruitmentEvent e && id.equals(e.id) && kind == e.kind && name.equals(e.name)
                && city.equals(e.city) && dates.equals(e.dates) && vacancyIds.equals(e.vacancyIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, name, city, dates, vacancyIds);
    }

    /** {@return a summary} */
    @Override
    public String toString() {
        return "RecruitmentEvent[" + id + ", " + kind + ", " + city + ", " + dates + ", " + vacancyIds.size()
                + " vacancies]";
    }

    /** Builds a {@link RecruitmentEvent}; not thread-safe. */
    public static final class Builder {
        private String id;
        private RecruitmentEventKind kind;
        private String name;
        private DivisionCode city;
        private DateRange dates;
        private final List<String> vacancyIds = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id the host's id
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param kind the kind
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder kind(RecruitmentEventKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the name.
         *
         * @param name the name
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the city.
         *
         * @param city a prefecture-level division
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder city(DivisionCode city) {
            this.city = Objects.requireNonNull(city, "city");
            return this;
        }

        /**
         * Sets the days.
         *
         * @param dates the days
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder dates(DateRange dates) {
            this.dates = Objects.requireNonNull(dates, "dates");
            return this;
        }

        /**
         * Replaces the vacancy ids.
         *
         * @param ids the ids, in the host's order
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder vacancyIds(List<String> ids) {
            Objects.requireNonNull(ids, "ids").forEach(i -> Objects.requireNonNull(i, "vacancy id"));
            vacancyIds.clear();
            vacancyIds.addAll(ids);
            return this;
        }

        /**
         * Builds the event, checking every field at once.
         *
         * @return the event
         * @throws InvalidInputException with every violation found (codes in the class javadoc)
         */
        public RecruitmentEvent build() {
            List<Violation> faults = new ArrayList<>();
            Checks.id(faults, id, "id", "event");
            Checks.required(faults, kind, "kind", "event");
            if (name == null) {
                Checks.required(faults, null, "name", "event");
            } else if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
                faults.add(new Violation("name", "event.name",
                        "an event name is 1 to " + MAX_NAME_LENGTH + " characters, not blank"));
            }
            if (city == null) {
                Checks.required(faults, null, "city", "event");
            } else if (city.level() != DivisionLevel.PREFECTURE) {
                faults.add(new Violation("city", "event.city-level", "an event is held by a prefecture-level city"));
            }
            Checks.required(faults, dates, "dates", "event");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < vacancyIds.size(); i++) {
                String v = vacancyIds.get(i);
                if (!Checks.isWellFormedId(v)) {
                    faults.add(new Violation("vacancyIds[" + i + "]", "event.vacancy-id",
                            "a vacancy id is 1 to 64 characters without white space"));
                } else if (!seen.add(v)) {
                    faults.add(new Violation("vacancyIds[" + i + "]", "event.duplicate-vacancy",
                            "a vacancy is listed once"));
                }
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new RecruitmentEvent(this);
        }
    }
}
