package org.jobassist.api.category;

import java.time.LocalDate;
import java.util.Objects;

/**
 * No version of the category catalogue is in force on the date asked about, so no one can
 * be recognised under it (code {@value #CODE}). The message names the date only.
 *
 * <p>Immutable and thread-safe.
 */
public class NoCatalogueInForceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this failure. */
    public static final String CODE = "category.no-catalogue";

    /** The date asked about. */
    private final LocalDate date;

    /**
     * Creates the exception.
     *
     * @param date the date asked about
     * @throws NullPointerException if {@code date} is null
     */
    public NoCatalogueInForceException(LocalDate date) {
        super("no category catalogue is in force on " + Objects.requireNonNull(date, "date") + " [" + CODE + "]");
        this.date = date;
    }

    /**
     * The stable code, {@value #CODE}.
     *
     * @return the code
     */
    public String code() {
        return CODE;
    }

    /**
     * The date asked about.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }
}
