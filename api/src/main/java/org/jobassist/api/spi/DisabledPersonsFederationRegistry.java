package org.jobassist.api.spi;

/**
 * The disabled persons' federation's registry (残联数据): disability certificates (残疾人证).
 *
 * <p>It answers for {@link org.jobassist.api.person.RegistryFlag flags} {@code
 * DISABILITY_CERTIFICATE}, and its {@link #source()} is {@link
 * org.jobassist.api.person.RegistrySource#DISABLED_PERSONS_FEDERATION}. Asking it about another
 * source's flag throws {@link org.jobassist.api.error.InvalidInputException} with code {@code
 * registry.wrong-source}. Otherwise it keeps the contract of {@link EvidenceRegistry}.
 */
public interface DisabledPersonsFederationRegistry extends EvidenceRegistry {
}
