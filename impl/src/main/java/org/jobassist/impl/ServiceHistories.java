package org.jobassist.impl;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.category.LifecycleOutcome;
import org.jobassist.api.category.RecognitionLifecycle;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.internal.service.HistoryEngine;
import org.jobassist.impl.internal.service.ReferralPersonView;

/**
 * The service history as recognition reads it: the referral store and the service-record
 * store are the one source of the reference-category gate ("accepted at least 2 suitable
 * referrals", 辽政发〔2020〕9号) and of the exit for refusing services ("refused public
 * employment services 3 times within 6 months", provisional, after 粤人社规〔2019〕7号). No copy
 * is kept in the people's records: {@link #personView} answers each record with its accepted
 * referrals derived from the referral store when it is read.
 *
 * <ul>
 *   <li>An <b>accepted referral</b> is a referral judged suitable whose outcome is
 *       {@code ACCEPTED_HIRED} or {@code ACCEPTED_NOT_HIRED}, on its outcome day.</li>
 *   <li>A <b>refusal</b> is a service record with outcome {@code REFUSED}, on its day, or a
 *       referral with outcome {@code REFUSED}, on its outcome day. {@code NO_ANSWER} is not a
 *       refusal (the exit for being unreachable is another rule).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; the stores keep their own contracts.
 */
public final class ServiceHistories {

    private final ServiceRecordStore records;
    private final ReferralStore referrals;

    private ServiceHistories(ServiceRecordStore records, ReferralStore referrals) {
        this.records = records;
        this.referrals = referrals;
    }

    /**
     * The history kept in these stores.
     *
     * @param records the service records
     * @param referrals the referrals
     * @return the history
     * @throws NullPointerException if an argument is null
     */
    public static ServiceHistories of(ServiceRecordStore records, ReferralStore referrals) {
        return new ServiceHistories(Objects.requireNonNull(records, "records"),
                Objects.requireNonNull(referrals, "referrals"));
    }

    /**
     * The days on which {@code person} accepted a suitable referral, in date order, one per
     * referral.
     *
     * @param person the person
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code person} is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    public List<LocalDate> acceptedReferralDays(PersonId person) {
        return HistoryEngine.acceptedReferralDays(referrals, person);
    }

    /**
     * {@code person} with its accepted referrals replaced by {@link #acceptedReferralDays}, for
     * {@link org.jobassist.api.category.RecognitionService#recognise}.
     *
     * @param person the record
     * @return the record as recognition should read it; {@code person} itself if the days agree
     * @throws NullPointerException if {@code person} is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    public PersonRecord withAcceptedReferrals(PersonRecord person) {
        return HistoryEngine.withAcceptedReferrals(referrals, person);
    }

    /**
     * A person store over {@code people} whose reads ({@code find}, {@code findByIdNumber},
     * {@code forEach}) answer each record with its accepted referrals taken from the referral
     * store at read time, whatever days the stored record holds; writes go to {@code people}
     * unchanged. Give it to {@link RecognitionLifecycles#of} so that decisions and reviews read
     * the referral history. Its change feed answers "everything", because an outcome recorded
     * in the referral store changes what it answers.
     *
     * @param people the stored people
     * @return the view, thread-safe as {@code people}
     * @throws NullPointerException if {@code people} is null
     */
    public PersonStore personView(PersonStore people) {
        return new ReferralPersonView(people, referrals);
    }

    /**
     * The days within {@code window} on which {@code person} refused a service or a referral,
     * in date order, one per refusal.
     *
     * @param person the person
     * @param window the days counted
     * @return an immutable list, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    public List<LocalDate> refusals(PersonId person, DateRange window) {
        return HistoryEngine.refusals(records, referrals, person, window);
    }

    /**
     * Ends {@code person}'s recognition on {@code date} for refusing services, with the
     * refusals of the history on or before {@code date}; the lifecycle counts those within the
     * pack's window ({@code category.exit.refusal-window}) against its threshold
     * ({@code category.exit.refusal-threshold}).
     *
     * @param lifecycle the lifecycle engine
     * @param person the person
     * @param date the exit date
     * @return the outcome
     * @throws org.jobassist.api.error.InvalidInputException as
     *     {@link RecognitionLifecycle#exitForRefusedServices}, notably
     *     {@code lifecycle.threshold-not-met}
     * @throws org.jobassist.api.spi.StaleRecordException if another writer changed the
     *     recognition record meanwhile
     * @throws NullPointerException if an argument is null
     */
    public LifecycleOutcome exitForRefusedServices(RecognitionLifecycle lifecycle, PersonId person, LocalDate date) {
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(date, "date");
        return lifecycle.exitForRefusedServices(person, date, refusals(person, DateRange.of(LocalDate.MIN, date)));
    }

    @Override
    public String toString() {
        return "ServiceHistories[" + records + ", " + referrals + "]";
    }
}
