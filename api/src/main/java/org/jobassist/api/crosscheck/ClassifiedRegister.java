package org.jobassist.api.crosscheck;

import java.util.function.Consumer;
import org.jobassist.api.family.PersonId;

/**
 * Classified management (分类管理) of the real-name database: recognised people by category,
 * status, city and day, counted, paged or streamed. Obtained from
 * {@code org.jobassist.impl.CrossChecks#classified}.
 *
 * <p>Error code: {@code classified.page-size} (path {@code size}) for a page size outside 1 to
 * {@value #MAX_PAGE_SIZE}.
 *
 * <p>Thread-safe; reads the stores weakly consistently (as their {@code forEach} does).
 */
public interface ClassifiedRegister {

    /** The largest page. */
    int MAX_PAGE_SIZE = 10_000;

    /**
     * The counts of {@code query}.
     *
     * @param query the query
     * @return the counts
     * @throws NullPointerException if {@code query} is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    ClassifiedCounts counts(ClassifiedQuery query);

    /**
     * The first page of {@code query}'s result, in person-id order.
     *
     * @param query the query
     * @param size the page size, 1 to {@link #MAX_PAGE_SIZE}
     * @return the page
     * @throws org.jobassist.api.error.InvalidInputException {@code classified.page-size}
     * @throws NullPointerException if {@code query} is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    ClassifiedPage firstPage(ClassifiedQuery query, int size);

    /**
     * The page of {@code query}'s result after the person id {@code after}, in person-id
     * order. Each page scans the store once; stream with {@link #forEach} to read all.
     *
     * @param query the query
     * @param after the cursor: the {@link ClassifiedPage#next()} of the previous page
     * @param size the page size, 1 to {@link #MAX_PAGE_SIZE}
     * @return the page
     * @throws org.jobassist.api.error.InvalidInputException {@code classified.page-size}
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    ClassifiedPage page(ClassifiedQuery query, PersonId after, int size);

    /**
     * Hands each entry of {@code query}'s result to {@code action} once, in no particular
     * order: for results too large to page.
     *
     * @param query the query
     * @param action the action
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    void forEach(ClassifiedQuery query, Consumer<? super ClassifiedEntry> action);
}
