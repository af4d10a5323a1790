package org.jobassist.api.spi;

/**
 * Thrown by a store when its underlying storage fails (a lost connection, a timeout, a full
 * disk), as opposed to bad input. The write that threw took effect entirely or not at all;
 * since store writes are idempotent, the caller may retry it. The message never contains
 * personal data.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data
     * @param cause the storage's own exception, or null
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what failed, without personal data
     */
    public StorageException(String message) {
        super(message);
    }
}
