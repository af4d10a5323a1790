package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.jobassist.api.money.Money;

/**
 * Reads {@link Money} from a JSON string ({@code "1234.50"}, or any form of
 * {@link Money#parse}) or from a JSON number in plain decimal notation with at most two
 * decimals ({@code 1234.5}); the number is read from its digits, never through binary
 * floating point. An exponent ({@code 1e3}) is refused with {@code money.format}.
 */
final class MoneyDeserializer extends TextDeserializer<Money> {

    private static final long serialVersionUID = 1L;

    MoneyDeserializer() {
        super(Money.class, "amount of money", false, Money::parse);
    }

    @Override
    Money fromNumber(JsonParser p) throws IOException {
        return fromNumberText(p);
    }
}
