package org.jobassist.examples.jdbc;

import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.HostRecordsRegistry;

/**
 * The registry of the employment-service system's own records over the table {@code evidence}, rows with source
 * {@code HOST}; see {@link JdbcEvidenceRegistry}.
 *
 * <p>Thread-safe.
 */
public final class JdbcHostRecordsRegistry extends JdbcEvidenceRegistry implements HostRecordsRegistry {

    JdbcHostRecordsRegistry(Database db) {
        super(db, RegistrySource.HOST);
    }
}
