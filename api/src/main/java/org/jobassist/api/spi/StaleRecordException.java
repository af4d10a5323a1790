package org.jobassist.api.spi;

/**
 * A write named a version of a record that is no longer the stored one: another writer
 * changed the record since the caller read it (optimistic concurrency). Code
 * {@value #CODE}. Nothing was written; read the record again, redo the change and save it
 * with the new version.
 *
 * <p>The message holds the two versions and no personal data.
 */
public class StaleRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "store.stale-version";

    private final long expectedVersion;
    private final long storedVersion;

    /**
     * A stale write.
     *
     * @param expectedVersion the version the caller named
     * @param storedVersion the version stored, 0 if none is stored
     */
    public StaleRecordException(long expectedVersion, long storedVersion) {
        super(CODE + ": expected version " + expectedVersion + " but the stored version is " + storedVersion);
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    /**
     * The stable error code, {@value #CODE}.
     *
     * @return the code
     */
    public String code() {
        return CODE;
    }

    /**
     * The version the caller named.
     *
     * @return the version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The version stored when the write was refused; 0 if nothing was stored.
     *
     * @return the version
     */
    public long storedVersion() {
        return storedVersion;
    }
}
