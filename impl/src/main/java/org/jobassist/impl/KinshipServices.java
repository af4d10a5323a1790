package org.jobassist.impl;

import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.KinshipService;
import org.jobassist.impl.internal.family.GraphKinshipService;

/**
 * The entry point to kinship under the Civil Code (民法典 Art. 1045): a {@link KinshipService}
 * over a {@link KinshipGraph}.
 *
 * <p>Stateless and thread-safe.
 */
public final class KinshipServices {

    private KinshipServices() {}

    /**
     * A service answering over {@code graph}. Indexing costs time and memory linear in the
     * graph once; each query then costs the number of the person's relations.
     *
     * @param graph the graph, already validated by its builder
     * @return an immutable, thread-safe service
     * @throws NullPointerException if {@code graph} is null
     */
    public static KinshipService of(KinshipGraph graph) {
        return new GraphKinshipService(graph);
    }
}
