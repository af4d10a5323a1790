package org.jobassist.api.spi;

import java.util.List;
import java.util.Optional;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.region.DivisionCode;

/**
 * Storage of target plans, one per province and year; a later save replaces the plan.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}:
 * thread-safe and linearizable, idempotent (saving an equal plan changes nothing and answers
 * {@code false}), {@link NullPointerException} for null arguments, {@link StorageException}
 * for storage failures. The contract kit {@code org.jobassist.testkit.spi.TargetPlanStoreContract}
 * checks these rules.
 */
public interface TargetPlanStore {

    /**
     * Stores {@code plan} as the plan of its province and year, replacing any other.
     *
     * @param plan the plan
     * @return true if the store changed, false if an equal plan was stored
     * @throws NullPointerException if {@code plan} is null
     * @throws StorageException if the storage fails; nothing was written
     */
    boolean save(TargetPlan plan);

    /**
     * The plan of a province and year.
     *
     * @param province the province
     * @param year the year
     * @return the plan, or empty
     * @throws NullPointerException if {@code province} is null
     * @throws StorageException if the storage fails
     */
    Optional<TargetPlan> find(DivisionCode province, int year);

    /**
     * Every stored plan, by province then year.
     *
     * @return an immutable list
     * @throws StorageException if the storage fails
     */
    List<TargetPlan> findAll();
}
