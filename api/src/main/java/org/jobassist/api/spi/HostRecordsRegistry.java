package org.jobassist.api.spi;

/**
 * The employment-service system's own records (本系统记录) of facts no other agency shares: model
 * workers at county level or above and farmers whose land was lawfully expropriated.
 *
 * <p>It answers for {@link org.jobassist.api.person.RegistryFlag flags} {@code MODEL_WORKER},
 * {@code LAND_EXPROPRIATED_FARMER} and {@code REPORTED_DECEASED} (a death reported to the
 * host before civil affairs' record arrives, which the cross-check reads), and its {@link #source()} is {@link
 * org.jobassist.api.person.RegistrySource#HOST}. Asking it about another source's flag throws
 * {@link org.jobassist.api.error.InvalidInputException} with code {@code
 * registry.wrong-source}. Otherwise it keeps the contract of {@link EvidenceRegistry}.
 */
public interface HostRecordsRegistry extends EvidenceRegistry {
}
