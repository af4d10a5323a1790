package org.jobassist.api.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.internal.PersonKeys;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;

/**
 * A registered unemployed person's record held by the host (登记失业人员): the facts recognition
 * reads from the employment-service system itself. Facts certified by other agencies (低保,
 * disability, …) are not here: they come from the registries.
 *
 * <p>Gender and date of birth come from the ID number. The unemployment registrations are
 * the spells during which the person was registered unemployed (both ends included; an
 * open-ended spell is still running); the accepted referrals are the days on which the
 * person accepted a suitable job referral (推荐), several on one day allowed.
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once with their paths:
 * <ul>
 *   <li>{@code person.required} ({@code idNumber}, {@code retirementClass},
 *       {@code residence}): a required field is missing;</li>
 *   <li>the codes of {@link ResidentIdNumber#parse(CharSequence)} at {@code idNumber}, for a
 *       number given as text that fails its rules (its check character, say);</li>
 *   <li>{@code person.retirement-class-gender} ({@code retirementClass}): a men's class for
 *       a woman or a women's class for a man;</li>
 *   <li>{@code person.residence-level} ({@code residence}): not a county-level code;</li>
 *   <li>{@code person.duplicate-registration}, {@code person.registration-overlap}
 *       ({@code unemploymentRegistrations[i]}): a spell given twice, or two spells sharing a
 *       day;</li>
 *   <li>{@code person.registration-before-birth} ({@code unemploymentRegistrations[i]}),
 *       {@code person.referral-before-birth} ({@code acceptedReferrals[i]}): a date before
 *       the date of birth.</li>
 * </ul>
 * Messages never contain the ID number or dates of the person.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the ID number masked and no date of
 * birth.
 */
public final class PersonRecord {

    private final PersonId id;
    private final ResidentIdNumber idNumber;
    private final RetirementClass retirementClass;
    private final DivisionCode residence;
    private final HouseholdId household;
    private final List<DateRange> registrations;
    private final List<LocalDate> referrals;
    /** Cached: the ID number parses its birth date on every call. */
    private final LocalDate birthDate;
    private final Gender gender;
    /**
     * The same dates as epoch days, for the questions a batch asks of every person
     * ({@link #isRegisteredUnemployedOn}, {@link #referralsAcceptedBy}): each spell's first
     * and last day ({@link Integer#MAX_VALUE} for {@link LocalDate#MAX}), then the referral
     * days, all in one array, so that those questions read one object instead of the lists,
     * their ranges and dates. Null when some date does not fit an {@code int}; then the lists
     * are read.
     */
    private final int[] days;
    /** Where the referral days start in {@link #days}: two per spell before them. */
    private final int spellDays;
    /**
     * The first and last day of the only spell, as in {@link #days}, when there is exactly one
     * (else 0): most people have one, and a batch asks every person whether they are
     * registered, so it is answered from the record without reading its array.
     */
    private final int onlySpellFirst;
    private final int onlySpellLast;
    /**
     * The {@link PersonKeys key} of the id, worked out once: a batch finds the person's rows
     * in the in-memory tables by it, without reading the id and its text.
     */
    private final long idTag;
    private final long idWord0;
    private final long idWord1;

    static {
        PersonKeys.install(new KeyAccess());
    }

    /** Hands the id's key to {@link PersonKeys}, which the implementation's tables read. */
    private static final class KeyAccess implements PersonKeys.RecordAccess {
        @Override
        public void key(PersonRecord person, long[] out, int at) {
            out[at] = person.idTag;
            out[at + 1] = person.idWord0;
            out[at + 2] = person.idWord1;
        }
    }

    private PersonRecord(Builder b) {
        this.id = b.id;
        this.idNumber = b.idNumber;
        this.retirementClass = b.retirementClass;
        // Equal values shared between records: less heap, and fewer objects of its own to read.
        this.residence = Canonical.county(b.residence);
        this.household = b.household;
        List<DateRange> spells = new ArrayList<>(b.registrations);
        Collections.sort(spells);
        for (int i = 0; i < spells.size(); i++) {
            spells.set(i, Canonical.spell(spells.get(i)));
        }
        this.registrations = List.copyOf(spells);
        List<LocalDate> referralDays = new ArrayList<>(b.referrals);
        Collections.sort(referralDays);
        for (int i = 0; i < referralDays.size(); i++) {
            referralDays.set(i, Canonical.day(referralDays.get(i)));
        }
        this.referrals = List.copyOf(referralDays);
        this.birthDate = Canonical.day(idNumber.birthDate());
        this.gender = idNumber.gender();
        this.days = epochDays(registrations, referrals);
        this.spellDays = 2 * registrations.size();
        boolean oneSpell = days != null && spellDays == 2;
        this.onlySpellFirst = oneSpell ? days[0] : 0;
        this.onlySpellLast = oneSpell ? days[1] : 0;
        long[] key = new long[3];
        PersonKeys.of(id.value(), key, 0);
        this.idTag = key[0];
        this.idWord0 = key[1];
        this.idWord1 = key[2];
    }

    /** {@link #days} of these spells and referrals, or null if a date does not fit. */
    private static int[] epochDays(List<DateRange> spells, List<LocalDate> referralDays) {
        int n = spells.size();
        int[] out = new int[2 * n + referralDays.size()];
        for (int i = 0; i < n; i++) {
            DateRange spell = spells.get(i);
            long first = spell.start().toEpochDay();
            long last = spell.isOpenEnded() ? Integer.MAX_VALUE : spell.end().toEpochDay();
            if (!fits(first) || !fits(last) && !spell.isOpenEnded()) {
                return null;
            }
            out[2 * i] = (int) first;
            out[2 * i + 1] = (int) last;
        }
        for (int i = 0; i < referralDays.size(); i++) {
            long day = referralDays.get(i).toEpochDay();
            if (!fits(day)) {
                return null;
            }
            out[2 * n + i] = (int) day;
        }
        return out;
    }

    /**
     * Whether an epoch day is kept in {@link #days}: strictly inside the {@code int} range,
     * so that {@link Integer#MAX_VALUE} means only {@link LocalDate#MAX}.
     */
    private static boolean fits(long epochDay) {
        return epochDay > Integer.MIN_VALUE && epochDay < Integer.MAX_VALUE;
    }

    /**
     * A new builder for the person {@code id}.
     *
     * @param id the host's opaque id of the person
     * @return the builder
     * @throws NullPointerException if {@code id} is null
     */
    public static Builder builder(PersonId id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /**
     * A builder holding this record's fields, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.idNumber = idNumber;
        b.retirementClass = retirementClass;
        b.residence = residence;
        b.household = household;
        b.registrations.addAll(registrations);
        b.referrals.addAll(referrals);
        return b;
    }

    /**
     * The host's opaque id of the person.
     *
     * @return the id
     */
    public PersonId id() {
        return id;
    }

    /**
     * The resident ID number; personal data, show only its {@link ResidentIdNumber#masked()} form.
     *
     * @return the number
     */
    public ResidentIdNumber idNumber() {
        return idNumber;
    }

    /**
     * The gender, from the ID number.
     *
     * @return the gender
     */
    public Gender gender() {
        return gender;
    }

    /**
     * The date of birth, from the ID number.
     *
     * @return the date
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * The class that sets the person's statutory retirement age.
     *
     * @return the class
     */
    public RetirementClass retirementClass() {
        return retirementClass;
    }

    /**
     * The county of the person's household registration, for which policy values (such as the
     * key assisted counties) are resolved.
     *
     * @return a county-level code
     */
    public DivisionCode residence() {
        return residence;
    }

    /**
     * The household register the person belongs to, for the zero-employment family test.
     *
     * @return the household, or empty if the host did not link one
     */
    public Optional<HouseholdId> household() {
        return Optional.ofNullable(household);
    }

    /**
     * The spells of unemployment registration, in date order.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<DateRange> unemploymentRegistrations() {
        return registrations;
    }

    /**
     * Whether the person is registered unemployed on {@code date}: some spell contains it.
     *
     * @param date the day
     * @return true if registered that day
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isRegisteredUnemployedOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long day = date.toEpochDay();
        int[] d = days;
        if (d != null && fits(day)) {
            if (spellDays <= 2) {
                return spellDays == 2 && onlySpellFirst <= day && day <= onlySpellLast;
            }
            for (int i = 0, n = spellDays; i < n; i += 2) {
                if (d[i] <= day && day <= d[i + 1]) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0, n = registrations.size(); i < n; i++) {
            if (registrations.get(i).contains(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spell of registration that contains {@code date}.
     *
     * @param date the day
     * @return the spell, or empty if not registered that day
     * @throws NullPointerException if {@code date} is null
     */
    public Optional<DateRange> registrationOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long day = date.toEpochDay();
        int[] d = days;
        if (d != null && fits(day)) {
            for (int i = 0, n = spellDays; i < n; i += 2) {
                if (d[i] <= day && day <= d[i + 1]) {
                    return Optional.of(registrations.get(i >> 1));
                }
            }
            return Optional.empty();
        }
        // Indexed, as isRegisteredUnemployedOn: recognition asks this of every person.
        for (int i = 0, n = registrations.size(); i < n; i++) {
            DateRange spell = registrations.get(i);
            if (spell.contains(date)) {
                return Optional.of(spell);
            }
        }
        return Optional.empty();
    }

    /**
     * The days on which the person accepted a suitable job referral, in date order.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<LocalDate> acceptedReferrals() {
        return referrals;
    }

    /**
     * The referrals accepted on or before {@code date}.
     *
     * @param date the day
     * @return the count
     * @throws NullPointerException if {@code date} is null
     */
    public int referralsAcceptedBy(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long day = date.toEpochDay();
        int[] d = days;
        if (d != null && fits(day)) {
            int from = spellDays;
            int i = from;
            while (i < d.length && d[i] <= day) {
                i++;
            }
            return i - from;
        }
        int count = 0;
        for (int i = 0, n = referrals.size(); i < n; i++) {
            if (referrals.get(i).isAfter(date)) {
                break;
            }
            count++;
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonRecord p && id.equals(p.id) && idNumber.equals(p.idNumber)
                && retirementClass == p.retirementClass && residence.equals(p.residence)
                && Objects.equals(household, p.household) && registrations.equals(p.registrations)
                && referrals.equals(p.referrals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, idNumber, retirementClass, residence, household, registrations, referrals);
    }

    /**
     * The id, the masked ID number and counts; no date of birth.
     *
     * @return such as {@code PersonRecord[p-1 210102********1234, 2 registrations, 3 referrals]}
     */
    @Override
    public String toString() {
        return "PersonRecord[" + id.value() + " " + idNumber.masked() + ", " + retirementClass + ", "
                + residence + ", " + registrations.size() + " registrations, " + referrals.size() + " referrals]";
    }

    /**
     * Builds a {@link PersonRecord}; {@link #build()} reports every fault at once. Not
     * thread-safe.
     */
    public static final class Builder {
        private final PersonId id;
        private ResidentIdNumber idNumber;
        private InvalidInputException idNumberFault;
        private RetirementClass retirementClass;
        private DivisionCode residence;
        private HouseholdId household;
        private final List<DateRange> registrations = new ArrayList<>();
        private final List<LocalDate> referrals = new ArrayList<>();

        private Builder(PersonId id) {
            this.id = id;
        }

        /**
         * Sets the ID number.
         *
         * @param idNumber the number
         * @return this builder
         * @throws NullPointerException if {@code idNumber} is null
         */
        public Builder idNumber(ResidentIdNumber idNumber) {
            this.idNumber = Objects.requireNonNull(idNumber, "idNumber");
            this.idNumberFault = null;
            return this;
        }

        /**
         * Sets the ID number from text as the host received it; a number that fails its rules
         * is reported by {@link #build()} at {@code idNumber}, with the codes of
         * {@link ResidentIdNumber#parse(CharSequence)}.
         *
         * @param text the 18-character number
         * @return this builder
         * @throws NullPointerException if {@code text} is null
         */
        public Builder idNumber(CharSequence text) {
            Objects.requireNonNull(text, "text");
            try {
                this.idNumber = ResidentIdNumber.parse(text);
                this.idNumberFault = null;
            } catch (InvalidInputException e) {
                this.idNumber = null;
                this.idNumberFault = e.under("idNumber");
            }
            return this;
        }

        /**
         * Sets the retirement class.
         *
         * @param retirementClass the class
         * @return this builder
         * @throws NullPointerException if {@code retirementClass} is null
         */
        public Builder retirementClass(RetirementClass retirementClass) {
            this.retirementClass = Objects.requireNonNull(retirementClass, "retirementClass");
            return this;
        }

        /**
         * Sets the county of household registration.
         *
         * @param county a county-level code
         * @return this builder
         * @throws NullPointerException if {@code county} is null
         */
        public Builder residence(DivisionCode county) {
            this.residence = Objects.requireNonNull(county, "county");
            return this;
        }

        /**
         * Links the household register.
         *
         * @param household the household, or null for none
         * @return this builder
         */
        public Builder household(HouseholdId household) {
            this.household = household;
            return this;
        }

        /**
         * Adds a spell of unemployment registration.
         *
         * @param spell the spell
         * @return this builder
         * @throws NullPointerException if {@code spell} is null
         */
        public Builder unemploymentRegistration(DateRange spell) {
            registrations.add(Objects.requireNonNull(spell, "spell"));
            return this;
        }

        /**
         * Adds a day on which the person accepted a suitable job referral.
         *
         * @param day the day
         * @return this builder
         * @throws NullPointerException if {@code day} is null
         */
        public Builder acceptedReferral(LocalDate day) {
            referrals.add(Objects.requireNonNull(day, "day"));
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws InvalidInputException with every fault (codes in the class javadoc)
         */
        public PersonRecord build() {
            List<Violation> faults = new ArrayList<>();
            if (idNumberFault != null) {
                faults.addAll(idNumberFault.violations());
            } else if (idNumber == null) {
                faults.add(new Violation("idNumber", "person.required", "a person needs an ID number"));
            }
            if (retirementClass == null) {
                faults.add(new Violation("retirementClass", "person.required", "a person needs a retirement class"));
            } else if (idNumber != null && (retirementClass == RetirementClass.MALE_60) != (idNumber.gender() == Gender.MALE)) {
                faults.add(new Violation("retirementClass", "person.retirement-class-gender",
                        "the retirement class does not fit the gender of the ID number"));
            }
            if (residence == null) {
                faults.add(new Violation("residence", "person.required", "a person needs a county of residence"));
            } else if (residence.level() != DivisionLevel.COUNTY) {
                faults.add(new Violation("residence", "person.residence-level",
                        "the residence must be a county-level division code"));
            }
            LocalDate born = idNumber == null ? null : idNumber.birthDate();
            for (int i = 0; i < registrations.size(); i++) {
                DateRange spell = registrations.get(i);
                String path = "unemploymentRegistrations[" + i + "]";
                if (born != null && spell.start().isBefore(born)) {
                    faults.add(new Violation(path, "person.registration-before-birth",
                            "a registration cannot start before the date of birth"));
                }
                for (int j = 0; j < i; j++) {
                    DateRange other = registrations.get(j);
                    if (other.equals(spell)) {
                        faults.add(new Violation(path, "person.duplicate-registration",
                                "the same registration is given twice"));
                        break;
                    }
                    if (other.overlaps(spell)) {
                        faults.add(new Violation(path, "person.registration-overlap",
                                "two registrations share a day"));
                        break;
                    }
                }
            }
            if (born != null) {
                for (int i = 0; i < referrals.size(); i++) {
                    if (referrals.get(i).isBefore(born)) {
                        faults.add(new Violation("acceptedReferrals[" + i + "]", "person.referral-before-birth",
                                "a referral cannot be accepted before the date of birth"));
                    }
                }
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new PersonRecord(this);
        }
    }
}
