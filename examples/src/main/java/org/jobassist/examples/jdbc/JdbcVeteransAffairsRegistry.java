package org.jobassist.examples.jdbc;

import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.VeteransAffairsRegistry;

/**
 * The veterans'-affairs registry (退役军人事务) over the table {@code evidence}, rows with source
 * {@code VETERANS_AFFAIRS}; see {@link JdbcEvidenceRegistry}.
 *
 * <p>Thread-safe.
 */
public final class JdbcVeteransAffairsRegistry extends JdbcEvidenceRegistry implements VeteransAffairsRegistry {

    JdbcVeteransAffairsRegistry(Database db) {
        super(db, RegistrySource.VETERANS_AFFAIRS);
    }
}
