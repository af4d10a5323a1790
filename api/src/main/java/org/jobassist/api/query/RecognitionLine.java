package org.jobassist.api.query;

import java.util.Objects;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.region.DivisionCode;

/**
 * A person's recognition record as shown in clear to a caller whose scope covers the city the
 * person lives in: status, categories, catalogue version, dates and history, as the record
 * holds them. The record names the person by the host's opaque {@link
 * org.jobassist.api.family.PersonId}, not by ID number.
 *
 * <p>Immutable and thread-safe.
 *
 * @param city the city of the person's residence, which the recognition belongs to
 * @param record the recognition record
 */
public record RecognitionLine(DivisionCode city, RecognitionRecord record) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public RecognitionLine {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(record, "record");
    }
}
