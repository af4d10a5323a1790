package org.jobassist.impl.internal.recognition;

import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.impl.internal.memory.FactTable;

/**
 * Where recognition reads facts from: the pack (code sets), the registries of other agencies,
 * the household registers and the zero-employment family test.
 *
 * @param pack the policy pack
 * @param registries the registries
 * @param households the household registers
 * @param zeroEmployment the zero-employment family test
 * @param table the one table behind every registry when they are the in-memory ones made
 *     together ({@link FactTable#sharedBy}), read instead of them; null otherwise
 */
record Facts(PolicyPack pack, Registries registries, HouseholdStore households, ZeroEmploymentTest zeroEmployment,
             FactTable table) {
}
