package org.jobassist.api.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.Vacancy;

/**
 * Storage of vacancies (岗位), keyed by the host's vacancy id: saving a vacancy with a stored id
 * replaces it.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}.
 * Bad input of this store: {@code store.null-item} (path {@code vacancies[i]}),
 * {@code store.duplicate-key} (two vacancies of one batch with the same id, path
 * {@code vacancies[i].id} of the later).
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.VacancyStoreContract} checks these rules.
 */
public interface VacancyStore {

    /**
     * Saves the vacancies as one step, inserting, replacing or leaving alone each.
     *
     * @param vacancies the vacancies
     * @return the counts
     * @throws InvalidInputException {@code store.null-item}, {@code store.duplicate-key};
     *     nothing is stored
     * @throws NullPointerException if {@code vacancies} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult saveAll(List<Vacancy> vacancies);

    /**
     * The vacancy with this id.
     *
     * @param id the id
     * @return the vacancy, or empty
     * @throws NullPointerException if {@code id} is null
     * @throws StorageException if the storage fails
     */
    Optional<Vacancy> find(String id);

    /**
     * The vacancies open on {@code date}, sorted by id. The stream is a snapshot taken when the
     * method is called; close it when done (an implementation may hold a cursor).
     *
     * @param date the day
     * @return a sequential stream of the open vacancies
     * @throws NullPointerException if {@code date} is null
     * @throws StorageException if the storage fails
     */
    Stream<Vacancy> openOn(LocalDate date);

    /**
     * The vacancies open on {@code date} whose district is {@code area} or lies within it,
     * sorted by id.
     *
     * @param area a division: the province, a city or a county
     * @param date the day
     * @return an immutable list, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    List<Vacancy> openIn(DivisionCode area, LocalDate date);

    /**
     * How many vacancies are stored, open or not.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
