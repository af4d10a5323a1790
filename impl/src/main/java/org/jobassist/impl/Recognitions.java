package org.jobassist.impl;

import org.jobassist.api.category.RecognitionService;
import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.impl.internal.recognition.RecognitionEngine;

/**
 * Recognition of people with employment difficulties (就业困难人员认定) over a policy pack's
 * category catalogue, such as {@link PolicyPacks#liaoning()}'s.
 *
 * <p>The service compiles every catalogue version of the pack once, when it is made; reuse
 * one service for all recognitions. It is immutable and thread-safe.
 */
public final class Recognitions {

    private Recognitions() {}

    /**
     * The recognition service.
     *
     * @param pack the policy pack whose catalogue versions and code sets apply
     * @param registries the registries of other agencies, such as {@link InMemoryStores#registries()}
     * @param households the household registers, for the zero-employment family member category
     * @param zeroEmployment the zero-employment family test, such as
     *     {@link ZeroEmploymentFamilies#test}
     * @return the service
     * @throws NullPointerException if an argument is null
     */
    public static RecognitionService service(PolicyPack pack, Registries registries, HouseholdStore households,
            ZeroEmploymentTest zeroEmployment) {
        return new RecognitionEngine(pack, registries, households, zeroEmployment);
    }
}
