package org.jobassist.api.spi;

/**
 * The veterans'-affairs registry (退役军人事务部门数据): entitled groups with regular pensions, martyrs'
 * families, unemployed military spouses.
 *
 * <p>It answers for {@link org.jobassist.api.person.RegistryFlag flags} {@code
 * ENTITLED_GROUP_WITH_PENSION}, {@code MARTYR_FAMILY} and {@code UNEMPLOYED_MILITARY_SPOUSE},
 * and its {@link #source()} is {@link
 * org.jobassist.api.person.RegistrySource#VETERANS_AFFAIRS}. Asking it about another source's
 * flag throws {@link org.jobassist.api.error.InvalidInputException} with code {@code
 * registry.wrong-source}. Otherwise it keeps the contract of {@link EvidenceRegistry}.
 */
public interface VeteransAffairsRegistry extends EvidenceRegistry {
}
