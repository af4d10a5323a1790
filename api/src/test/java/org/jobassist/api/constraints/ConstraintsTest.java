package org.jobassist.api.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    static final String ID_EN = "must be a valid resident identity number (GB 11643-1999)";
    static final String CREDIT_EN = "must be a valid unified social credit code (GB 32100-2015)";
    static final String DIVISION_EN = "must be a valid administrative division code (GB/T 2260)";
    static final String ID_ZH = "必须是有效的公民身份号码（GB 11643-1999）";
    static final String CREDIT_ZH = "必须是有效的统一社会信用代码（GB 32100-2015）";
    static final String DIVISION_ZH = "必须是有效的行政区划代码（GB/T 2260）";

    static final String VALID_ID = "11010519491231002X";
    static final String BAD_ID = "110105194912310025";
    static final String BAD_CREDIT = "91350100M000100Y44";

    private final Locale jvmDefault = Locale.getDefault();
    private ValidatorFactory factory;

    @AfterEach
    void restore() {
        Locale.setDefault(jvmDefault);
        if (factory != null) {
            factory.close();
        }
    }

    static final class Applicant {
        @ValidResidentIdNumber
        String idNumber;
        @ValidCreditCode
        CharSequence employer;
        @ValidDivisionCode
        String jurisdiction;
        @ValidDivisionCode(knownOnly = false)
        String addressCode;
        List<@ValidResidentIdNumber String> relatives = List.of();

        Applicant(String idNumber, String employer, String jurisdiction, String addressCode) {
            this.idNumber = idNumber;
            this.employer = employer;
            this.jurisdiction = jurisdiction;
            this.addressCode = addressCode;
        }
    }

    static final class Twice {
        @ValidDivisionCode
        @ValidDivisionCode(knownOnly = false, message = "second")
        String code;

        Twice(String code) {
            this.code = code;
        }
    }

    private Validator validator(Locale defaultLocale) {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .locales(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)
                .defaultLocale(defaultLocale)
                .buildValidatorFactory();
        return factory.getValidator();
    }

    /** Property path to message, sorted, for exact comparison. */
    private static Map<String, String> messages(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> messages = new TreeMap<>();
        for (ConstraintViolation<?> v : violations) {
            messages.put(v.getPropertyPath().toString(), v.getMessage());
        }
        return messages;
    }

    @Test
    void validValuesPass() {
        Applicant applicant = new Applicant("11010519491231002x", "91350100M000100Y43", "210115", "110105");
        applicant.relatives = List.of("210115198001010012");
        assertEquals(Set.of(), validator(Locale.ENGLISH).validate(applicant));
    }

    @Test
    void nullIsValid() {
        assertEquals(Set.of(), validator(Locale.ENGLISH).validate(new Applicant(null, null, null, null)));
    }

    @Test
    void englishMessages() {
        Applicant applicant = new Applicant(BAD_ID, BAD_CREDIT, "110105", "000105");
        assertEquals(Map.of("idNumber", ID_EN, "employer", CREDIT_EN, "jurisdiction", DIVISION_EN,
                "addressCode", DIVISION_EN), messages(validator(Locale.ENGLISH).validate(applicant)));
    }

    @Test
    void chineseMessages() {
        Applicant applicant = new Applicant(BAD_ID, BAD_CREDIT, "211121", "21011");
        assertEquals(Map.of("idNumber", ID_ZH, "employer", CREDIT_ZH, "jurisdiction", DIVISION_ZH,
                "addressCode", DIVISION_ZH), messages(validator(Locale.SIMPLIFIED_CHINESE).validate(applicant)));
    }

    @Test
    void englishDefaultWinsOverAChineseJvmLocale() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            Applicant applicant = new Applicant(BAD_ID, BAD_CREDIT, "211121", null);
            assertEquals(Map.of("idNumber", ID_EN, "employer", CREDIT_EN, "jurisdiction", DIVISION_EN),
                    messages(validator(Locale.ENGLISH).validate(applicant)));
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }

    @Test
    void plainResourceBundleLookupFindsTheExplicitEnglishBundle() {
        // Without the _en bundle, ResourceBundle falls back to the JVM default (zh_CN) before the base bundle.
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            ResourceBundle.clearCache();
            assertEquals(ID_EN, ResourceBundle.getBundle("ContributorValidationMessages", Locale.ENGLISH)
                    .getString("org.jobassist.api.constraints.ValidResidentIdNumber.message"));
            assertEquals(CREDIT_ZH, ResourceBundle.getBundle("ContributorValidationMessages", Locale.SIMPLIFIED_CHINESE)
                    .getString("org.jobassist.api.constraints.ValidCreditCode.message"));
        } finally {
            Locale.setDefault(jvmDefault);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void messagesNeverContainTheValue() {
        Applicant applicant = new Applicant(BAD_ID, BAD_CREDIT, "211121", null);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (ConstraintViolation<Applicant> v : validator(locale).validate(applicant)) {
                assertFalse(v.getMessage().contains(BAD_ID.substring(0, 6)), v.getMessage());
                assertFalse(v.getMessage().contains("211121"), v.getMessage());
                assertFalse(v.getMessage().contains("M000100"), v.getMessage());
            }
            factory.close();
            factory = null;
        }
    }

    @Test
    void knownOnlyIsTheDefault() {
        Validator validator = validator(Locale.ENGLISH);
        // 211121 大洼县 is withdrawn: well-formed but not in the table.
        assertEquals(Map.of("jurisdiction", DIVISION_EN),
                messages(validator.validate(new Applicant(null, null, "211121", "211121"))));
    }

    @Test
    void typeUseOnListElements() {
        Applicant applicant = new Applicant(VALID_ID, null, null, null);
        applicant.relatives = List.of(VALID_ID, BAD_ID);
        assertEquals(Map.of("relatives[1].<list element>", ID_EN),
                messages(validator(Locale.ENGLISH).validate(applicant)));
    }

    @Test
    void repeatable() {
        Validator validator = validator(Locale.ENGLISH);
        assertEquals(1, validator.validate(new Twice("211121")).size());
        assertEquals(2, validator.validate(new Twice("21112")).size());
        assertEquals(0, validator.validate(new Twice("211104")).size());
    }

    @Test
    void annotationsFollowTheNationalIdConstraintsOfHibernateValidator() {
        for (Class<?> type : List.of(ValidResidentIdNumber.class, ValidCreditCode.class, ValidDivisionCode.class)) {
            assertTrue(type.isAnnotationPresent(Documented.class), type.getName());
            assertTrue(type.isAnnotationPresent(Constraint.class), type.getName());
            assertEquals(RetentionPolicy.RUNTIME, type.getAnnotation(Retention.class).value());
            assertEquals(Set.of(ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE,
                            ElementType.CONSTRUCTOR, ElementType.PARAMETER, ElementType.TYPE_USE),
                    Set.of(type.getAnnotation(Target.class).value()));
            Class<?> list = type.getAnnotation(Repeatable.class).value();
            assertEquals("List", list.getSimpleName());
            assertEquals(type, list.getDeclaringClass());
        }
    }
}
