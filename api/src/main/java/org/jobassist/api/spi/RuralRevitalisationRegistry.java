package org.jobassist.api.spi;

/**
 * The rural-revitalisation registry (乡村振兴部门数据, the national anti-return-to-poverty monitoring
 * system): poverty-alleviated labour and rural low-income labour.
 *
 * <p>It answers for {@link org.jobassist.api.person.RegistryFlag flags} {@code
 * POVERTY_ALLEVIATED} and {@code RURAL_LOW_INCOME}, and its {@link #source()} is {@link
 * org.jobassist.api.person.RegistrySource#RURAL_REVITALISATION}. Asking it about another
 * source's flag throws {@link org.jobassist.api.error.InvalidInputException} with code {@code
 * registry.wrong-source}. Otherwise it keeps the contract of {@link EvidenceRegistry}.
 */
public interface RuralRevitalisationRegistry extends EvidenceRegistry {
}
