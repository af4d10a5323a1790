package org.jobassist.examples.province;

import java.util.Locale;

/**
 * The store sets {@code --store} can select.
 *
 * <p>Stateless and thread-safe.
 */
public final class StoreSets {

    /** The name of the H2 set, which comes from the JDBC adapter. */
    public static final String H2 = H2StoreSet.NAME;

    private StoreSets() {}

    /**
     * The set named {@code name}: {@code memory} (the default) or {@code h2}.
     *
     * @param name the name, case-insensitive
     * @return a new set
     * @throws IllegalArgumentException if the name is unknown
     */
    public static StoreSet named(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals(MemoryStoreSet.NAME)) {
            return new MemoryStoreSet();
        }
        if (key.equals(H2)) {
            return new H2StoreSet();
        }
        throw new IllegalArgumentException("--store must be memory or h2");
    }
}
