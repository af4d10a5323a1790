package org.jobassist.api.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.time.DateRange;

/**
 * A vacancy (岗位) an employer offers through the public employment service: the post, where it
 * is, what it requires, what it pays, its hours, whether it suits disabled people, whether it is
 * a public welfare post (公益性岗位), the days it is open and how many people it takes.
 *
 * <p>The id is the host's and is the key: saving a vacancy with a stored id replaces it.
 *
 * <p>Error codes of {@link Builder#build()}: {@code vacancy.required} (a missing field, path
 * names it), {@code vacancy.id} (blank, longer than 64 characters, or with white space),
 * {@code vacancy.post} (a post title blank or longer than {@value #MAX_POST_LENGTH}
 * characters), {@code vacancy.district-level} (a district that is not county-level),
 * {@code vacancy.certificate-not-skill} (a required certificate for a skill not required),
 * {@code vacancy.wage} (a wage that is not positive), {@code vacancy.hours} (daily hours outside
 * 1 to 24), {@code vacancy.positions} (fewer than one position).
 *
 * <p>Immutable and thread-safe.
 */
public final class Vacancy {

    /** The longest post title accepted. */
    public static final int MAX_POST_LENGTH = 100;

    private final String id;
    private final UnifiedSocialCreditCode employer;
    private final String post;
    private final DivisionCode district;
    private final Location location;
    private final Set<Skill> requiredSkills;
    private final Set<Skill> requiredCertificates;
    private final Money monthlyWage;
    private final int dailyHours;
    private final boolean nightShifts;
    private final boolean suitsDisabled;
    private final boolean publicWelfarePost;
    private final DateRange open;
    private final int positions;

    private Vacancy(Builder b) {
        id = b.id;
        employer = b.employer;
        post = b.post;
        district = b.district;
        location = b.location;
        requiredSkills = Collections.unmodifiableSet(new TreeSet<>(b.requiredSkills));
        requiredCertificates = Collections.unmodifiableSet(new TreeSet<>(b.requiredCertificates));
        monthlyWage = b.monthlyWage;
        dailyHours = b.dailyHours;
        nightShifts = b.nightShifts;
        suitsDisabled = b.suitsDisabled;
        publicWelfarePost = b.publicWelfarePost;
        open = b.open;
        positions = b.positions;
    }

    /**
     * A builder for a vacancy.
     *
     * @return a new builder: 8 daily hours, one position, no shifts, no requirements
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this vacancy, to record a changed one.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).employer(employer).post(post).district(district).location(location)
                .requiredSkills(requiredSkills).requiredCertificates(requiredCertificates).monthlyWage(monthlyWage)
                .dailyHours(dailyHours).nightShifts(nightShifts).suitsDisabled(suitsDisabled)
                .publicWelfarePost(publicWelfarePost).open(open).positions(positions);
    }

    /** @return the host's id */
    public String id() {
        return id;
    }

    /** @return the employer */
    public UnifiedSocialCreditCode employer() {
        return employer;
    }

    /** @return the post title */
    public String post() {
        return post;
    }

    /** @return the county-level district of the workplace */
    public DivisionCode district() {
        return district;
    }

    /** @return where the workplace is */
    public Location location() {
        return location;
    }

    /** @return the skills required, sorted, unmodifiable */
    public Set<Skill> requiredSkills() {
        return requiredSkills;
    }

    /** @return the skills for which a certificate is required, a subset of {@link #requiredSkills()} */
    public Set<Skill> requiredCertificates() {
        return requiredCertificates;
    }

    /** @return the monthly wage offered */
    public Money monthlyWage() {
        return monthlyWage;
    }

    /** @return the working hours a day, 1 to 24 */
    public int dailyHours() {
        return dailyHours;
    }

    /** @return whether the post has night shifts */
    public boolean nightShifts() {
        return nightShifts;
    }

    /** @return whether the post suits disabled people */
    public boolean suitsDisabled() {
        return suitsDisabled;
    }

    /** @return whether this is a public welfare post (公益性岗位) */
    public boolean publicWelfarePost() {
        return publicWelfarePost;
    }

    /** @return the days the vacancy is open for applications */
    public DateRange open() {
        return open;
    }

    /** @return how many people the employer takes, at least 1 */
    public int positions() {
        return positions;
    }

    /**
     * Whether the vacancy is open on {@code day}.
     *
     * @param day the day
     * @return true if {@link #open()} contains it
     * @throws NullPointerException if {@code day} is null
     */
    public boolean isOpenOn(java.time.LocalDate day) {
        return open.contains(day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vacancy v && id.equals(v.id) && employer.equals(v.employer) && post.equals(v.post)
                && district.equals(v.district) && location.equals(v.location)
                && requiredSkills.equals(v.requiredSkills) && requiredCertificates.equals(v.requiredCertificates)
                && monthlyWage.equals(v.monthlyWage) && dailyHours == v.dailyHours && nightShifts == v.nightShifts
                && suitsDisabled == v.suitsDisabled && publicWelfarePost == v.publicWelfarePost
                && open.equals(v.open) && positions == v.positions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, employer, post, district, location, requiredSkills, requiredCertificates,
                monthlyWage, dailyHours, nightShifts, suitsDisabled, publicWelfarePost, open, positions);
    }

    /** {@return a summary: id, district, wage, open days} */
    @Override
    public String toString() {
        return "Vacancy[" + id + ", " + district + ", " + monthlyWage + ", open " + open + "]";
    }

    /** Builds a {@link Vacancy}; not thread-safe. */
    public static final class Builder {
        private String id;
        private UnifiedSocialCreditCode employer;
        private String post;
        private DivisionCode district;
        private Location location;
        private final Set<Skill> requiredSkills = new TreeSet<>();
        private final Set<Skill> requiredCertificates = new TreeSet<>();
        private Money monthlyWage;
        private int dailyHours = 8;
        private boolean nightShifts;
        private boolean suitsDisabled;
        private boolean publicWelfarePost;
        private DateRange open;
        private int positions = 1;

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
         * Sets the employer.
         *
         * @param employer the credit code
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder employer(UnifiedSocialCreditCode employer) {
            this.employer = Objects.requireNonNull(employer, "employer");
            return this;
        }

        /**
         * Sets the post title.
         *
         * @param post the title
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder post(String post) {
            this.post = Objects.requireNonNull(post, "post");
            return this;
        }

        /**
         * Sets the district of the workplace.
         *
         * @param district a county-level division
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder district(DivisionCode district) {
            this.district = Objects.requireNonNull(district, "district");
            return this;
        }

        /**
         * Sets where the workplace is.
         *
         * @param location the location
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder location(Location location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * Replaces the required skills.
         *
         * @param skills the skills
         * @return this builder
         * @throws NullPointerException if the collection or an element is null
         */
        public Builder requiredSkills(Collection<Skill> skills) {
            replace(requiredSkills, skills);
            return this;
        }

        /**
         * Replaces the required certificates.
         *
         * @param skills the skills a certificate is required for
         * @return this builder
         * @throws NullPointerException if the collection or an element is null
         */
        public Builder requiredCertificates(Collection<Skill> skills) {
            replace(requiredCertificates, skills);
            return this;
        }

        /**
         * Sets the monthly wage.
         *
         * @param wage the wage
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder monthlyWage(Money wage) {
            this.monthlyWage = Objects.requireNonNull(wage, "wage");
            return this;
        }

        /**
         * Sets the daily hours; default 8.
         *
         * @param hours the hours
         * @return this builder
         */
        public Builder dailyHours(int hours) {
            this.dailyHours = hours;
            return this;
        }

        /**
         * Sets whether the post has night shifts; default false.
         *
         * @param nightShifts whether it has
         * @return this builder
         */
        public Builder nightShifts(boolean nightShifts) {
            this.nightShifts = nightShifts;
            return this;
        }

        /**
         * Sets whether the post suits disabled people; default false.
         *
         * @param suits whether it suits
         * @return this builder
         */
        public Builder suitsDisabled(boolean suits) {
            this.suitsDisabled = suits;
            return this;
        }

        /**
         * Sets whether this is a public welfare post; default false.
         *
         * @param publicWelfarePost whether it is
         * @return this builder
         */
        public Builder publicWelfarePost(boolean publicWelfarePost) {
            this.publicWelfarePost = publicWelfarePost;
            return this;
        }

        /**
         * Sets the days the vacancy is open.
         *
         * @param open the days
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder open(DateRange open) {
            this.open = Objects.requireNonNull(open, "open");
            return this;
        }

        /**
         * Sets the number of positions; default 1.
         *
         * @param positions the number
         * @return this builder
         */
        public Builder positions(int positions) {
            this.positions = positions;
            return this;
        }

        private static void replace(Set<Skill> target, Collection<Skill> values) {
            Objects.requireNonNull(values, "values");
            List<Skill> copy = new ArrayList<>(values.size());
            for (Skill v : values) {
                copy.add(Objects.requireNonNull(v, "element"));
            }
            target.clear();
            target.addAll(copy);
        }

        /**
         * Builds the vacancy, checking every field at once.
         *
         * @return the vacancy
         * @throws InvalidInputException with every violation found (codes in the class javadoc)
         */
        public Vacancy build() {
            List<Violation> faults = new ArrayList<>();
            Checks.id(faults, id, "id", "vacancy");
            Checks.required(faults, employer, "employer", "vacancy");
            if (post == null) {
                Checks.required(faults, null, "post", "vacancy");
            } else if (post.isBlank() || post.length() > MAX_POST_LENGTH) {
                faults.add(new Violation("post", "vacancy.post",
                        "a post title is 1 to " + MAX_POST_LENGTH + " characters, not blank"));
            }
            if (district == null) {
                Checks.required(faults, null, "district", "vacancy");
            } else if (district.level() != DivisionLevel.COUNTY) {
                faults.add(new Violation("district", "vacancy.district-level",
                        "a vacancy's district is a county-level division"));
            }
            Checks.required(faults, location, "location", "vacancy");
            Checks.required(faults, open, "open", "vacancy");
            if (!requiredSkills.containsAll(requiredCertificates)) {
                faults.add(new Violation("requiredCertificates", "vacancy.certificate-not-skill",
                        "every required certificate must be for a required skill"));
            }
            if (monthlyWage == null) {
                Checks.required(faults, null, "monthlyWage", "vacancy");
            } else if (!monthlyWage.isPositive()) {
                faults.add(new Violation("monthlyWage", "vacancy.wage", "a wage is positive"));
            }
            if (dailyHours < 1 || dailyHours > 24) {
                faults.add(new Violation("dailyHours", "vacancy.hours", "daily hours are 1 to 24"));
            }
            if (positions < 1) {
                faults.add(new Violation("positions", "vacancy.positions", "a vacancy has at least one position"));
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new Vacancy(this);
        }
    }
}
