package org.jobassist.api.crosscheck;

import java.util.Objects;
import org.jobassist.api.person.RegistrySource;

/**
 * Where a piece of evidence of a {@link Discrepancy} comes from: an agency's registry, the
 * entitlement ledger or the person's own record (their date of birth, for retirement).
 *
 * <p>Immutable and thread-safe.
 */
public enum EvidenceSource {
    /** Civil affairs (民政). */
    CIVIL_AFFAIRS,
    /** The disabled persons' federation (残联). */
    DISABLED_PERSONS_FEDERATION,
    /** Rural revitalisation (乡村振兴). */
    RURAL_REVITALISATION,
    /** Veterans' affairs (退役军人事务). */
    VETERANS_AFFAIRS,
    /** Social insurance (社会保险): contribution months. */
    SOCIAL_INSURANCE,
    /** The employment-service system's own records. */
    HOST,
    /** The entitlement ledger (补贴发放台账): a payment. */
    ENTITLEMENT_LEDGER,
    /** The person's record: the statutory retirement date read from the ID number's birth date. */
    PERSON_RECORD;

    /**
     * The source of a registry.
     *
     * @param source the registry source
     * @return the evidence source of the same name
     * @throws NullPointerException if {@code source} is null
     */
    public static EvidenceSource of(RegistrySource source) {
        return valueOf(Objects.requireNonNull(source, "source").name());
    }
}
