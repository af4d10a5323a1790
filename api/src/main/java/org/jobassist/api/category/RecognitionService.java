package org.jobassist.api.category;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.policy.PolicyValueUnavailableException;

/**
 * Recognition of people with employment difficulties (就业困难人员认定): evaluates the catalogue
 * version in force on the date asked against a person's record, the registries of other
 * agencies and the household register.
 *
 * <p>Error code: {@code recognition.born-after-as-of} ({@code person.birthDate}): the ID
 * number's date of birth is after the date asked. A rejected person changes nothing.
 *
 * <p>Implementations are immutable and thread-safe: one service may be shared by any number
 * of threads, each recognising its own people (split a population and
 * {@link RecognitionBatchResult#plus combine} the results).
 */
public interface RecognitionService {

    /**
     * Full recognition with explanations, under the catalogue version in force on {@code asOf}.
     *
     * @param person the person
     * @param asOf the date asked about
     * @return the recognition
     * @throws InvalidInputException {@code recognition.born-after-as-of}
     * @throws NoCatalogueInForceException if no catalogue version is in force on {@code asOf}
     * @throws PolicyValueUnavailableException if the pack lacks a value a condition needs (the
     *     key assisted counties, the zero-employment family values) for the person on {@code asOf}
     * @throws org.jobassist.api.spi.StorageException if a registry or store fails
     * @throws NullPointerException if an argument is null
     */
    Recognition recognise(PersonRecord person, LocalDate asOf);

    /**
     * Batch recognition as of one date; the fast path, without explanations, when
     * {@code explain} is false. A person who cannot be recognised (a null element, a bad
     * input, a pack value missing for that person) is counted as rejected with its reasons,
     * never dropped. The result keeps the recognitions only when {@code explain} is true.
     *
     * @param people the people, in any order
     * @param asOf the date asked about
     * @param explain whether to build explanations and keep the recognitions
     * @return the counts, the rejections and, when explained, the recognitions
     * @throws NoCatalogueInForceException if no catalogue version is in force on {@code asOf}
     * @throws org.jobassist.api.spi.StorageException if a registry or store fails
     * @throws NullPointerException if {@code people} or {@code asOf} is null
     */
    RecognitionBatchResult recogniseAll(Iterable<PersonRecord> people, LocalDate asOf, boolean explain);

    /**
     * Batch recognition that hands each recognition to {@code sink} as it is made, instead of
     * keeping it: for large populations with explanations, or for a fast-path recognition
     * per person (its outcomes without explanations). The result never keeps recognitions.
     *
     * @param people the people, in any order
     * @param asOf the date asked about
     * @param explain whether to build explanations
     * @param sink receives every recognition made, in input order, on the calling thread
     * @return the counts and the rejections
     * @throws NoCatalogueInForceException if no catalogue version is in force on {@code asOf}
     * @throws org.jobassist.api.spi.StorageException if a registry or store fails
     * @throws NullPointerException if an argument is null
     */
    RecognitionBatchResult recogniseAll(Iterable<PersonRecord> people, LocalDate asOf, boolean explain,
            Consumer<? super Recognition> sink);
}
