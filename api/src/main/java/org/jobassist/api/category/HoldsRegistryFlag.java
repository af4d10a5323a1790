package org.jobassist.api.category;

import java.util.Objects;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;

/**
 * Another agency's registry records {@code flag} for the person: an urban 低保 family, a
 * disability certificate, a martyr's family and so on. The flag names its
 * {@link #source() source}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param flag the flag the person must hold; not null
 */
public record HoldsRegistryFlag(RegistryFlag flag) implements Condition {

    /**
     * Checks the flag.
     *
     * @throws NullPointerException if {@code flag} is null
     */
    public HoldsRegistryFlag {
        Objects.requireNonNull(flag, "flag");
    }

    /**
     * The condition for this flag.
     *
     * @param flag the flag
     * @return the condition
     * @throws NullPointerException if {@code flag} is null
     */
    public static HoldsRegistryFlag of(RegistryFlag flag) {
        return new HoldsRegistryFlag(flag);
    }

    /**
     * The registry that keeps the flag.
     *
     * @return the source
     */
    public RegistrySource source() {
        return flag.source();
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.REGISTRY_FLAG;
    }

    @Override
    public String describe() {
        return "holds " + flag + " (" + flag.source() + ")";
    }
}
