package org.jobassist.api.subsidy;

import java.util.Objects;

/**
 * What recording one ledger entry did: the entry as the ledger holds it, and whether this call
 * created it ({@code false}: an equal entry was already held and nothing was paid twice).
 *
 * <p>Immutable and thread-safe.
 *
 * @param entry the entry as stored
 * @param created true if this call stored it, false if it was already present
 */
public record RecordResult(LedgerEntry entry, boolean created) {

    /**
     * Checks the entry.
     *
     * @throws NullPointerException if {@code entry} is null
     */
    public RecordResult {
        Objects.requireNonNull(entry, "entry");
    }
}
