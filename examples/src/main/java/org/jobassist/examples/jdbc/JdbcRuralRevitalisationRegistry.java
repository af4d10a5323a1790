package org.jobassist.examples.jdbc;

import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.RuralRevitalisationRegistry;

/**
 * The rural-revitalisation registry (乡村振兴) over the table {@code evidence}, rows with source
 * {@code RURAL_REVITALISATION}; see {@link JdbcEvidenceRegistry}.
 *
 * <p>Thread-safe.
 */
public final class JdbcRuralRevitalisationRegistry extends JdbcEvidenceRegistry implements RuralRevitalisationRegistry {

    JdbcRuralRevitalisationRegistry(Database db) {
        super(db, RegistrySource.RURAL_REVITALISATION);
    }
}
