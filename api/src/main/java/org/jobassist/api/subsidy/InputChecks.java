package org.jobassist.api.subsidy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.time.RetirementClass;

/**
 * The checks the subsidy input builders share, each reporting with the builder's area prefix
 * ({@code social-insurance}, {@code public-welfare-post}). Stateless.
 */
final class InputChecks {

    private InputChecks() {}

    /** Parses an ID number given as text; a fault is kept for build() under {@code path}. */
    static ResidentIdNumber parsePerson(CharSequence text, String path, List<Violation> faults) {
        try {
            return ResidentIdNumber.parse(text);
        } catch (InvalidInputException e) {
            faults.addAll(e.under(path).violations());
            return null;
        }
    }

    static void required(Object value, String area, String path, String what, List<Violation> faults) {
        if (value == null) {
            faults.add(new Violation(path, area + ".required", "the input needs " + what));
        }
    }

    static void retirementClass(ResidentIdNumber person, RetirementClass retirementClass, String area,
                                List<Violation> faults) {
        if (person != null && retirementClass != null
                && (retirementClass == RetirementClass.MALE_60) != (person.gender() == Gender.MALE)) {
            faults.add(new Violation("retirementClass", area + ".retirement-class-gender",
                    "the retirement class does not fit the gender of the ID number"));
        }
    }

    static void jurisdiction(DivisionCode jurisdiction, String area, List<Violation> faults) {
        if (jurisdiction != null && jurisdiction.level() == DivisionLevel.PROVINCE) {
            faults.add(new Violation("jurisdiction", area + ".jurisdiction-level",
                    "the jurisdiction must be a city or a county, whose rules and funds apply"));
        }
    }

    static void period(YearMonth first, YearMonth last, String area, List<Violation> faults) {
        if (first == null || last == null) {
            required(null, area, "period", "the month or period to calculate", faults);
        } else if (first.isAfter(last)) {
            faults.add(new Violation("period", area + ".period-order", "the period's first month is after its last"));
        }
    }

    static void monthsEnjoyed(int months, String area, List<Violation> faults) {
        if (months < 0) {
            faults.add(new Violation("monthsAlreadyEnjoyed", area + ".negative-months",
                    "the months already enjoyed cannot be negative"));
        }
    }

    static void amount(Money amount, String path, String area, List<Violation> faults) {
        if (amount.isNegative()) {
            faults.add(new Violation(path, area + ".negative-amount", "a contribution paid cannot be negative"));
        }
    }

    /** Each (month, insurance) once: a second entry is reported at its own path. */
    static void employerContributions(List<EmployerContribution> list, String listPath, String area,
                                      List<Violation> faults) {
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            EmployerContribution c = list.get(i);
            String path = listPath + "[" + i + "]";
            amount(c.employerPaid(), path + ".employerPaid", area, faults);
            amount(c.individualPaid(), path + ".individualPaid", area, faults);
            duplicate(seen, List.of(c.month(), c.insurance()), i, path, listPath, area, faults);
        }
    }

    static void flexibleContributions(List<FlexibleContribution> list, String listPath, String area,
                                      List<Violation> faults) {
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            FlexibleContribution c = list.get(i);
            String path = listPath + "[" + i + "]";
            amount(c.paid(), path + ".paid", area, faults);
            duplicate(seen, List.of(c.month(), c.insurance()), i, path, listPath, area, faults);
        }
    }

    private static void duplicate(Map<List<Object>, Integer> seen, List<Object> key, int i, String path,
                                  String listPath, String area, List<Violation> faults) {
        Integer first = seen.putIfAbsent(key, i);
        if (first != null) {
            faults.add(new Violation(path, area + ".duplicate-contribution",
                    "the same insurance and month are already at " + listPath + "[" + first + "]"));
        }
    }

    static void throwIfAny(List<Violation> faults) {
        if (!faults.isEmpty()) {
            throw new InvalidInputException(new ArrayList<>(faults));
        }
    }
}
