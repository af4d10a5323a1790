package org.jobassist.api.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubsidyKindTest {

    @Test
    void codesAreUniqueKebabCaseAndRoundTrip() {
        Set<String> codes = new HashSet<>();
        for (SubsidyKind kind : SubsidyKind.values()) {
            assertTrue(codes.add(kind.code()), kind.code());
            assertTrue(kind.code().matches("[a-z]+(-[a-z]+)*"), kind.code());
            assertSame(kind, SubsidyKind.ofCode(kind.code()));
            assertFalse(kind.nameZh().isBlank());
            assertFalse(kind.nameEn().isBlank());
        }
        assertEquals(12, codes.size());
    }

    @Test
    void anUnknownCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SubsidyKind.ofCode("PUBLIC_WELFARE_POST"));
        assertThrows(IllegalArgumentException.class, () -> SubsidyKind.ofCode(""));
    }

    @Test
    void theMonthlyKindsAreThoseCountedAgainstADuration() {
        Set<SubsidyKind> monthly = EnumSet.noneOf(SubsidyKind.class);
        for (SubsidyKind kind : SubsidyKind.values()) {
            if (kind.isMonthly()) {
                monthly.add(kind);
            }
        }
        assertEquals(EnumSet.of(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE,
                SubsidyKind.PUBLIC_WELFARE_POST, SubsidyKind.WORK_FOR_TRAINING), monthly);
        assertEquals("公益性岗位补贴", SubsidyKind.PUBLIC_WELFARE_POST.nameZh());
    }
}
