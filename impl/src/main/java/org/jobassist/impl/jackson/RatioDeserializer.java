package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.jobassist.api.money.Ratio;

/**
 * Reads a {@link Ratio} from a JSON string ({@code "2/3"}, {@code "0.055"}, {@code "5.5%"})
 * or from a JSON number in plain decimal notation ({@code 0.055}), read from its digits,
 * never through a {@code double}. An exponent is refused with {@code ratio.format}.
 */
final class RatioDeserializer extends TextDeserializer<Ratio> {

    private static final long serialVersionUID = 1L;

    RatioDeserializer() {
        super(Ratio.class, "ratio", false, Ratio::parse);
    }

    @Override
    Ratio fromNumber(JsonParser p) throws IOException {
        return fromNumberText(p);
    }
}
