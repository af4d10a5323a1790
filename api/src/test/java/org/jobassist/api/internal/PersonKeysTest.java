package org.jobassist.api.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.RetirementClass;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A record's key is the key of its id's text, and keys tell ids apart exactly when they hold
 * them whole; the access to records' keys is PersonRecord's alone.
 */
class PersonKeysTest {

    private static final long SEED = Long.getLong("jobassist.seed", 20211127L);
    /** Born 1975-03-10, a woman. */
    private static final ResidentIdNumber ID_NUMBER = ResidentIdNumber.parse("210102197503100249");

    /** Ids of one-byte characters, of wide ones and mixed, from 1 to 64 characters: about the 16 a key holds. */
    private static final Gen<String> IDS = Generate.frequency(List.of(
            Pair.of(4, SourceDSL.strings().betweenCodePoints('!', '~').ofLengthBetween(1, 20)),
            Pair.of(2, SourceDSL.strings().betweenCodePoints('!', 0xFF).ofLengthBetween(14, 18)),
            Pair.of(1, SourceDSL.strings().betweenCodePoints(0x4E00, 0x4E20).ofLengthBetween(1, 20)),
            Pair.of(1, SourceDSL.strings().betweenCodePoints('!', 0x17F).ofLengthBetween(1, 64))))
            .map(PersonKeysTest::withoutControls);

    /** {@code s} with each control or white-space character, which a person id may not hold, made an 'x'. */
    private static String withoutControls(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || Character.isWhitespace(c) ? 'x' : c));
        return b.toString();
    }

    private static PersonRecord record(String id) {
        return PersonRecord.builder(PersonId.of(id)).idNumber(ID_NUMBER).retirementClass(RetirementClass.FEMALE_WORKER_50)
                .residence(DivisionCode.of("210102")).build();
    }

    private static long[] key(String id) {
        long[] out = new long[3];
        PersonKeys.of(id, out, 0);
        return out;
    }

    @Test
    void aRecordsKeyIsTheKeyOfItsIdsText() {
        qt().withFixedSeed(SEED).withExamples(2000).forAll(IDS).checkAssert(id -> {
            long[] fromRecord = new long[5];
            PersonKeys.of(record(id), fromRecord, 2);
            long[] fromText = key(id);
            assertEquals(0, fromRecord[0] | fromRecord[1]);
            assertArrayEquals(fromText, new long[] {fromRecord[2], fromRecord[3], fromRecord[4]}, id);
        });
    }

    @Test
    void idsHeldWholeHaveEqualKeysExactlyWhenTheyAreEqual() {
        qt().withFixedSeed(SEED).withExamples(3000).forAll(IDS, IDS).checkAssert((a, b) -> {
            long[] ka = key(a);
            long[] kb = key(b);
            boolean whole = (int) ka[0] != 0 && (int) kb[0] != 0;
            if (whole) {
                assertEquals(a.equals(b), Arrays.equals(ka, kb));
            }
            assertEquals(a.length() <= PersonKeys.INLINE_CHARS && a.chars().allMatch(c -> c <= 0xFF), (int) ka[0] != 0);
            assertNotEquals(0, ka[0] >>> 32);
        });
        // An id that differs from another only beyond what the key holds, or only in a wide character's high byte.
        assertEquals(0, (int) key("abcdefghijklmnopq")[0]);
        assertEquals(17, (int) key("abcdefghijklmnop")[0]);
        assertEquals(0, (int) key("p\u0141")[0]);
        assertEquals(3, (int) key("pA")[0]);
    }

    @Test
    void onlyPersonRecordGivesAccessToItsKeysAndOnlyOnce() {
        // Initialises PersonRecord, which installs its access.
        record("p1");
        PersonKeys.RecordAccess foreign = (person, out, at) -> out[at] = 1;
        assertThrows(IllegalArgumentException.class, () -> PersonKeys.install(foreign));
        assertThrows(NullPointerException.class, () -> PersonKeys.of((PersonRecord) null, new long[3], 0));
    }
}
