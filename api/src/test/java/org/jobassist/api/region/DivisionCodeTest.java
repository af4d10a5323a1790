package org.jobassist.api.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.jobassist.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class DivisionCodeTest {

    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final DivisionCode DALIAN_JINZHOU = DivisionCode.of("210213");

    @Test
    void liaoningConstant() {
        assertEquals("210000", DivisionCode.LIAONING.code());
        assertEquals(DivisionCode.parse("210000"), DivisionCode.LIAONING);
        assertEquals(DivisionLevel.PROVINCE, DivisionCode.LIAONING.level());
        assertEquals(Optional.empty(), DivisionCode.LIAONING.parent());
    }

    @Test
    void levelsFromTheDigits() {
        assertEquals(DivisionLevel.PREFECTURE, SHENYANG.level());
        assertEquals(DivisionLevel.COUNTY, LIAOZHONG.level());
        assertEquals(DivisionLevel.PREFECTURE, DivisionCode.of("211400").level());
        assertEquals(DivisionLevel.COUNTY, DivisionCode.of("211481").level());
    }

    @Test
    void liaozhongLiesInShenyangInLiaoning() {
        assertEquals(Optional.of(SHENYANG), LIAOZHONG.parent());
        assertEquals(Optional.of(DivisionCode.LIAONING), SHENYANG.parent());
    }

    @Test
    void countyDirectlyUnderItsProvinceHasTheProvinceAsParent() {
        assertEquals(Optional.of(DivisionCode.of("420000")), DivisionCode.of("420004").parent());
    }

    @Test
    void containsIsReflexiveAndFollowsTheHierarchy() {
        assertTrue(LIAOZHONG.contains(LIAOZHONG));
        assertTrue(SHENYANG.contains(SHENYANG));
        assertTrue(DivisionCode.LIAONING.contains(DivisionCode.LIAONING));
        assertTrue(SHENYANG.contains(LIAOZHONG));
        assertTrue(DivisionCode.LIAONING.contains(LIAOZHONG));
        assertTrue(DivisionCode.LIAONING.contains(SHENYANG));
        assertFalse(LIAOZHONG.contains(SHENYANG));
        assertFalse(SHENYANG.contains(DivisionCode.LIAONING));
        assertFalse(SHENYANG.contains(DALIAN_JINZHOU));
        assertFalse(LIAOZHONG.contains(DivisionCode.of("210114")));
        assertFalse(DivisionCode.LIAONING.contains(DivisionCode.of("110105")));
    }

    @Test
    void toStringIsTheSixDigits() {
        assertEquals("210115", LIAOZHONG.toString());
        assertEquals("010203", DivisionCode.of("010203").code());
    }

    @Test
    void tryParse() {
        assertEquals(Optional.of(LIAOZHONG), DivisionCode.tryParse("210115"));
        assertEquals(Optional.of(LIAOZHONG), DivisionCode.tryParse(new StringBuilder("210115")));
        assertEquals(Optional.empty(), DivisionCode.tryParse("21011"));
        assertEquals(Optional.empty(), DivisionCode.tryParse(null));
        assertTrue(DivisionCode.isWellFormed("210115"));
        assertFalse(DivisionCode.isWellFormed("000115"));
        assertFalse(DivisionCode.isWellFormed(null));
    }

    @Test
    void errors() {
        assertEquals("division-code.length",
                assertThrows(InvalidInputException.class, () -> DivisionCode.parse("21011")).code());
        assertEquals("division-code.length",
                assertThrows(InvalidInputException.class, () -> DivisionCode.parse("2101150")).code());
        InvalidInputException character = assertThrows(InvalidInputException.class, () -> DivisionCode.parse("21O115"));
        assertEquals("division-code.character", character.code());
        assertTrue(character.getMessage().contains("position 3"), character.getMessage());
        assertEquals("division-code.province",
                assertThrows(InvalidInputException.class, () -> DivisionCode.parse("000115")).code());
        assertThrows(NullPointerException.class, () -> DivisionCode.parse(null));
    }

    @Test
    void valueSemantics() {
        assertEquals(LIAOZHONG, DivisionCode.parse(new StringBuilder("210115")));
        assertEquals(LIAOZHONG.hashCode(), DivisionCode.of("210115").hashCode());
        assertNotEquals(LIAOZHONG, SHENYANG);
        assertTrue(SHENYANG.compareTo(LIAOZHONG) < 0);
        assertTrue(DALIAN_JINZHOU.compareTo(LIAOZHONG) > 0);
        assertEquals(0, LIAOZHONG.compareTo(DivisionCode.of("210115")));
    }
}
