package org.jobassist.api.query;

import org.jobassist.api.spi.StorageException;

/**
 * Thrown by a query when its {@link org.jobassist.api.spi.AuditSink} failed to record the
 * query's event. The query fails closed: no result is returned, so nothing is disclosed that
 * the audit trail does not show. The sink's own exception is the cause. The message holds no
 * personal data.
 */
public class AuditFailedException extends StorageException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param cause the sink's exception
     */
    public AuditFailedException(Throwable cause) {
        super("the audit sink failed to record the query; no result was returned", cause);
    }
}
