package org.jobassist.examples.jdbc;

import java.util.ArrayList;
import java.util.List;

/** The databases one test opened, to close after it. Not thread-safe; one per test instance. */
final class FreshDatabases {

    private final List<Backend.Opened> opened = new ArrayList<>();

    /** A new, empty database on {@code backend}. */
    JdbcStores open(Backend backend) {
        return openWithAccess(backend).stores();
    }

    /** A new, empty database on {@code backend}, with the means to reach it directly. */
    Backend.Opened openWithAccess(Backend backend) {
        Backend.Opened o = backend.fresh();
        opened.add(o);
        return o;
    }

    /** Closes and drops every database opened. */
    void closeAll() {
        RuntimeException failure = null;
        for (Backend.Opened o : opened) {
            try {
                o.close();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        opened.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
