package org.jobassist.impl;

import org.jobassist.api.category.RecognitionLifecycle;
import org.jobassist.api.category.RecognitionService;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.impl.internal.lifecycle.LifecycleEngine;

/**
 * The recognition lifecycle (认定、复核、退出): application, decision, periodic
 * re-verification, catalogue transition and exit, over the host's stores.
 *
 * <pre>{@code
 * RecognitionLifecycle lifecycle = RecognitionLifecycles.of(
 *         Recognitions.service(pack, registries, households, zeroEmployment), pack,
 *         InMemoryStores.people(), InMemoryStores.recognitions());
 * lifecycle.apply(person, applied);
 * LifecycleOutcome decided = lifecycle.decide(person.id(), decidedOn);
 * }</pre>
 *
 * <p>The review interval ({@code category.review-interval}) and the exit rules
 * ({@code category.exit.*}) come from the pack; in the Liaoning pack they are provisional
 * assumptions after Guangdong's 粤人社规〔2019〕7号 (see {@code docs/categories.md}).
 *
 * <p>Stateless and thread-safe.
 */
public final class RecognitionLifecycles {

    private RecognitionLifecycles() {}

    /**
     * A lifecycle engine.
     *
     * @param service the recognition service, built on the same pack
     * @param pack the policy pack: catalogue versions, review interval and exit rules
     * @param people where the people's records are kept
     * @param recognitions where the recognition records are kept
     * @return the engine, stateless and thread-safe
     * @throws NullPointerException if an argument is null
     */
    public static RecognitionLifecycle of(RecognitionService service, PolicyPack pack, PersonStore people,
                                          RecognitionStore recognitions) {
        return new LifecycleEngine(service, pack, people, recognitions);
    }
}
