package org.jobassist.api.spi;

import java.util.List;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.RecruitmentEvent;
import org.jobassist.api.time.DateRange;

/**
 * Storage of recruitment events (招聘活动), keyed by the host's event id: saving an event with a
 * stored id replaces it.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}.
 * Bad input of this store: {@code store.null-item} (path {@code events[i]}),
 * {@code store.duplicate-key} (path {@code events[i].id} of the later of two with one id).
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.RecruitmentEventStoreContract} checks
 * these rules.
 */
public interface RecruitmentEventStore {

    /**
     * Saves the events as one step, inserting, replacing or leaving alone each.
     *
     * @param events the events
     * @return the counts
     * @throws InvalidInputException {@code store.null-item}, {@code store.duplicate-key};
     *     nothing is stored
     * @throws NullPointerException if {@code events} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult saveAll(List<RecruitmentEvent> events);

    /**
     * The event with this id.
     *
     * @param id the id
     * @return the event, or empty
     * @throws NullPointerException if {@code id} is null
     * @throws StorageException if the storage fails
     */
    Optional<RecruitmentEvent> find(String id);

    /**
     * The events whose days overlap {@code period} and whose city is {@code area} or lies
     * within it, sorted by first day and then id.
     *
     * @param area a division: the province or a city
     * @param period the period
     * @return an immutable list, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    List<RecruitmentEvent> during(DivisionCode area, DateRange period);

    /**
     * How many events are stored.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
