package org.jobassist.api.subsidy;

import java.util.Objects;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;

/**
 * Who a subsidy is for: a person, by resident ID number, or an enterprise or other unit, by
 * unified social credit code.
 *
 * <p>{@link #key()} is a stable storage key. {@link #toString()} masks a person's ID number;
 * a credit code is not personal data and is shown in full.
 */
public sealed interface Beneficiary permits Beneficiary.Person, Beneficiary.Unit {

    /**
     * A person.
     *
     * @param idNumber the resident ID number
     * @return the beneficiary
     * @throws NullPointerException if {@code idNumber} is null
     */
    static Person person(ResidentIdNumber idNumber) {
        return new Person(idNumber);
    }

    /**
     * An enterprise or other unit.
     *
     * @param creditCode the unified social credit code
     * @return the beneficiary
     * @throws NullPointerException if {@code creditCode} is null
     */
    static Unit unit(UnifiedSocialCreditCode creditCode) {
        return new Unit(creditCode);
    }

    /**
     * A stable key for storage and idempotency: {@code P:} and the ID number, or {@code U:}
     * and the credit code. It holds the ID number in clear: never log it.
     *
     * @return the key
     */
    String key();

    /**
     * A person, by resident ID number.
     *
     * @param idNumber the resident ID number
     */
    record Person(ResidentIdNumber idNumber) implements Beneficiary {

        /**
         * Checks the field.
         *
         * @throws NullPointerException if {@code idNumber} is null
         */
        public Person {
            Objects.requireNonNull(idNumber, "idNumber");
        }

        @Override
        public String key() {
            return "P:" + idNumber.value();
        }

        /** {@return the masked ID number} */
        @Override
        public String toString() {
            return "Person[" + idNumber.masked() + "]";
        }
    }

    /**
     * An enterprise or other unit, by unified social credit code.
     *
     * @param creditCode the unified social credit code
     */
    record Unit(UnifiedSocialCreditCode creditCode) implements Beneficiary {

        /**
         * Checks the field.
         *
         * @throws NullPointerException if {@code creditCode} is null
         */
        public Unit {
            Objects.requireNonNull(creditCode, "creditCode");
        }

        @Override
        public String key() {
            return "U:" + creditCode.value();
        }
    }
}
