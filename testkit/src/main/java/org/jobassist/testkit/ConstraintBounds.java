package org.jobassist.testkit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.impl.ConcreteDetachedSource;
import org.quicktheories.impl.Constraint;
import org.quicktheories.impl.ExtendedRandomnessSource;
import org.quicktheories.impl.Precursor;

/**
 * Reads the bounds of a QuickTheories {@link Constraint}, which QuickTheories 0.26 keeps
 * package-private: a seeded source outside a property needs them to draw a value.
 *
 * <p>Two ways, same answer (a test checks it). The fast one reads the private fields through
 * a {@link VarHandle}: QuickTheories is an automatic module, which opens every package, and
 * on the class path nothing is encapsulated. Should that be refused (a different QuickTheories
 * build, a named module that does not open), the public fallback lets a
 * {@link ConcreteDetachedSource} record the constraint in a {@link Precursor}, whose bounds
 * are public; it allocates a buffer per draw, about fifty times slower.
 */
final class ConstraintBounds {

    private static final VarHandle MIN;
    private static final VarHandle MAX;

    static {
        VarHandle min = null;
        VarHandle max = null;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Constraint.class, MethodHandles.lookup());
            min = lookup.findVarHandle(Constraint.class, "min", long.class);
            max = lookup.findVarHandle(Constraint.class, "max", long.class);
        } catch (IllegalAccessException | NoSuchFieldException | RuntimeException e) {
            min = null;
            max = null;
        }
        MIN = min;
        MAX = max;
    }

    private ConstraintBounds() {}

    /** Whether the fast way is available in this run. */
    static boolean fieldsReadable() {
        return MIN != null;
    }

    /** Writes {@code [min, max]} of {@code c} into {@code into[0..1]}. */
    static void read(Constraint c, long[] into) {
        if (MIN != null) {
            into[0] = (long) MIN.get(c);
            into[1] = (long) MAX.get(c);
        } else {
            readByProbe(c, into);
        }
    }

    /** The public way: exposed to the tests, which compare it with the fast one. */
    static void readByProbe(Constraint c, long[] into) {
        Probe probe = new Probe();
        DetatchedRandomnessSource recorder = new ConcreteDetachedSource(probe);
        recorder.next(c);
        recorder.commit();
        into[0] = probe.recorded.min(0);
        into[1] = probe.recorded.max(0);
    }

    /** Answers 0 to any draw and keeps the precursor handed to it on commit. */
    private static final class Probe implements ExtendedRandomnessSource {
        private Precursor recorded;

        @Override
        public long next(Constraint constraint) {
            return 0L;
        }

        @Override
        public long tryNext(Constraint constraint) {
            return 0L;
        }

        @Override
        public void add(Precursor precursor) {
            recorded = precursor;
        }

        @Override
        public DetatchedRandomnessSource detach() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerFailedAssumption() {
            // A probe draws nothing, so no assumption can fail.
        }
    }
}
