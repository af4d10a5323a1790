package org.jobassist.api.internal;

import java.lang.invoke.MethodHandles;
import java.util.Objects;
import org.jobassist.api.person.PersonRecord;

/**
 * The key by which in-memory tables find a person: a person id packed into three {@code long}
 * words ({@link #of(String, long[], int)}). A {@link PersonRecord} works its id's key out once,
 * when it is built, and {@link #of(PersonRecord, long[], int)} hands it over: so a batch that
 * looks a million people up in a table reads each person's key from the record it already
 * holds, instead of reading the id, its text and the text's bytes (three more objects, each a
 * cache miss) every time.
 *
 * <p>Not API (see the package). Thread-safe.
 */
public final class PersonKeys {

    /** How many characters of an id the key holds whole: one byte each, in two words. */
    public static final int INLINE_CHARS = 16;

    private static RecordAccess installed;

    private PersonKeys() {}

    /**
     * The key of the id {@code id}, into {@code out[at]} to {@code out[at + 2]}: {@code out[at]}
     * is its tag (the {@link #hash} in the high half; in the low half the length plus one when
     * the id is at most {@value #INLINE_CHARS} characters, all of one byte, so that the key holds
     * it whole; 0 when it does not), {@code out[at + 1]} and {@code out[at + 2]} its first 16
     * characters, one byte each (0 beyond the end). Two ids held whole are equal exactly when
     * their keys are; other ids are told apart by their text.
     *
     * @param id the id's text
     * @param out where the key goes
     * @param at where in {@code out}
     * @throws IndexOutOfBoundsException if {@code out} has no room at {@code at}
     * @throws NullPointerException if an argument is null
     */
    public static void of(String id, long[] out, int at) {
        int n = id.length();
        long w0 = 0;
        long w1 = 0;
        // Two loops without a branch per character: every id stored or looked up goes through here.
        int wide = 0;
        for (int j = 0, m = Math.min(n, 8); j < m; j++) {
            char c = id.charAt(j);
            wide |= c;
            w0 |= (c & 0xFFL) << (8 * j);
        }
        for (int j = 8, m = Math.min(n, INLINE_CHARS); j < m; j++) {
            char c = id.charAt(j);
            wide |= c;
            w1 |= (c & 0xFFL) << (8 * (j - 8));
        }
        boolean inline = n <= INLINE_CHARS && wide <= 0xFF;
        out[at] = (long) hash(id) << 32 | (inline ? n + 1 : 0);
        out[at + 1] = w0;
        out[at + 2] = w1;
    }

    /**
     * The key of {@code person}'s id, as {@link #of(String, long[], int)} gives it for the id's
     * text, from the record itself: the record's id is not read.
     *
     * @param person the person
     * @param out where the key goes
     * @param at where in {@code out}
     * @throws IndexOutOfBoundsException if {@code out} has no room at {@code at}
     * @throws NullPointerException if an argument is null
     */
    public static void of(PersonRecord person, long[] out, int at) {
        Installed.ACCESS.key(Objects.requireNonNull(person, "person"), out, at);
    }

    /**
     * The hash a key carries of {@code id}: never 0, which tables take for an empty slot. Mixed
     * so that both its top bits and the bits below spread ids that differ only in their last
     * characters.
     *
     * @param id the id's text
     * @return the hash
     * @throws NullPointerException if {@code id} is null
     */
    public static int hash(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        return h == 0 ? 1 : h;
    }

    /**
     * How {@link #of(PersonRecord, long[], int)} reads the key a record keeps: given by
     * {@link PersonRecord} when its class is initialised, because its fields are its own.
     */
    public interface RecordAccess {
        /**
         * Copies the key {@code person} keeps of its id.
         *
         * @param person the person
         * @param out where the key goes
         * @param at where in {@code out}
         */
        void key(PersonRecord person, long[] out, int at);
    }

    /**
     * Takes {@link PersonRecord}'s access to its keys; only {@link PersonRecord} itself, once.
     *
     * @param access the access, of a class nested in {@link PersonRecord}
     * @throws IllegalStateException if an access was taken already
     * @throws IllegalArgumentException if the access is not {@link PersonRecord}'s own
     * @throws NullPointerException if {@code access} is null
     */
    public static synchronized void install(RecordAccess access) {
        if (access.getClass().getNestHost() != PersonRecord.class) {
            throw new IllegalArgumentException("only PersonRecord gives access to its keys");
        }
        if (installed != null) {
            throw new IllegalStateException("PersonRecord's access to its keys is taken already");
        }
        installed = access;
    }

    /** The access, read once: a constant to the compiler, so the record's fields are read directly. */
    private static final class Installed {
        static final RecordAccess ACCESS = load();

        private static RecordAccess load() {
            try {
                // PersonRecord's initialisation installs the access.
                MethodHandles.lookup().ensureInitialized(PersonRecord.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            synchronized (PersonKeys.class) {
                return Objects.requireNonNull(installed, "PersonRecord installed no access to its keys");
            }
        }
    }
}
