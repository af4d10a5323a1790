package org.jobassist.api.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

class BeneficiaryTest {

    static final ResidentIdNumber ID = ResidentIdNumber.parse("11010519491231002X");
    static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.parse("91350100M000100Y43");

    @Test
    void aPersonsKeyHoldsTheNumberButToStringMasksIt() {
        Beneficiary person = Beneficiary.person(ID);
        assertEquals("P:11010519491231002X", person.key());
        assertEquals("Person[110105********002X]", person.toString());
        assertFalse(person.toString().contains(ID.value()));
    }

    @Test
    void aUnitIsKeyedAndShownByItsCreditCode() {
        Beneficiary unit = Beneficiary.unit(CODE);
        assertEquals("U:91350100M000100Y43", unit.key());
        assertTrue(unit.toString().contains("91350100M000100Y43"));
    }

    @Test
    void beneficiariesAreValues() {
        assertEquals(Beneficiary.person(ID), Beneficiary.person(ResidentIdNumber.parse("11010519491231002x")));
        assertNotEquals(Beneficiary.person(ID).key(), Beneficiary.unit(CODE).key());
        assertThrows(NullPointerException.class, () -> Beneficiary.person(null));
        assertThrows(NullPointerException.class, () -> Beneficiary.unit(null));
    }
}
