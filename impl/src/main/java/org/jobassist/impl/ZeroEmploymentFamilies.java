package org.jobassist.impl;

import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.ZeroEmploymentClearing;
import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.impl.internal.zef.ClearingEngine;
import org.jobassist.impl.internal.zef.ZeroEmploymentEngine;

/**
 * Zero-employment families (零就业家庭): the Liaoning test of an urban zero-employment family
 * and the dynamic clearing of its cases, over a policy pack such as
 * {@link PolicyPacks#liaoning()}.
 *
 * <p>Thread-safe; the objects returned are immutable and thread-safe, and a test keeps a
 * small cache of resolved pack values per division, so reuse one for a batch.
 */
public final class ZeroEmploymentFamilies {

    private ZeroEmploymentFamilies() {}

    /**
     * The zero-employment family test.
     *
     * @param pack the policy pack that sets the minimum members, the working-age threshold
     *     and who is not counted
     * @param membership who is a family member of the household head under Civil Code
     *     Art. 1045, usually the kinship service
     * @return the test
     * @throws NullPointerException if an argument is null
     */
    public static ZeroEmploymentTest test(PolicyPack pack, FamilyMembership membership) {
        return new ZeroEmploymentEngine(pack, membership);
    }

    /**
     * Dynamic clearing of zero-employment cases.
     *
     * @param pack the policy pack that sets the clearing period
     * @return the clearing engine
     * @throws NullPointerException if {@code pack} is null
     */
    public static ZeroEmploymentClearing clearing(PolicyPack pack) {
        return new ClearingEngine(pack);
    }
}
