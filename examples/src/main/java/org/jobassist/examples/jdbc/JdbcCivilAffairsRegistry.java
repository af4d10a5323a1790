package org.jobassist.examples.jdbc;

import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.CivilAffairsRegistry;

/**
 * The civil-affairs registry (民政) over the table {@code evidence}, rows with source
 * {@code CIVIL_AFFAIRS}; see {@link JdbcEvidenceRegistry}.
 *
 * <p>Thread-safe.
 */
public final class JdbcCivilAffairsRegistry extends JdbcEvidenceRegistry implements CivilAffairsRegistry {

    JdbcCivilAffairsRegistry(Database db) {
        super(db, RegistrySource.CIVIL_AFFAIRS);
    }
}
