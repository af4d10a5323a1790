package org.jobassist.api.spi;

/**
 * The civil-affairs registry (民政部门数据): urban minimum living allowance (城市低保), orphans in the
 * child-welfare information system, single parents raising minors.
 *
 * <p>It answers for {@link org.jobassist.api.person.RegistryFlag flags} {@code
 * URBAN_MINIMUM_LIVING_ALLOWANCE}, {@code CHILD_WELFARE_ORPHAN}, {@code
 * SINGLE_PARENT_OF_MINOR} and {@code DECEASED} (death records, which the cross-check reads), and its {@link #source()} is {@link
 * org.jobassist.api.person.RegistrySource#CIVIL_AFFAIRS}. Asking it about another source's flag
 * throws {@link org.jobassist.api.error.InvalidInputException} with code {@code
 * registry.wrong-source}. Otherwise it keeps the contract of {@link EvidenceRegistry}.
 */
public interface CivilAffairsRegistry extends EvidenceRegistry {
}
