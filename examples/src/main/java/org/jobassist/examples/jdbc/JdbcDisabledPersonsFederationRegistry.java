package org.jobassist.examples.jdbc;

import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.DisabledPersonsFederationRegistry;

/**
 * The disabled persons' federation registry (残联) over the table {@code evidence}, rows with source
 * {@code DISABLED_PERSONS_FEDERATION}; see {@link JdbcEvidenceRegistry}.
 *
 * <p>Thread-safe.
 */
public final class JdbcDisabledPersonsFederationRegistry extends JdbcEvidenceRegistry implements DisabledPersonsFederationRegistry {

    JdbcDisabledPersonsFederationRegistry(Database db) {
        super(db, RegistrySource.DISABLED_PERSONS_FEDERATION);
    }
}
