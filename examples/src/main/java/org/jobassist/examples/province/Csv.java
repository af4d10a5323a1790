package org.jobassist.examples.province;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by commas, optionally enclosed in double quotes
 * (a quote inside doubled), records ended by CRLF or LF; a quoted field may span lines. A
 * leading UTF-8 byte order mark is ignored.
 *
 * <p>Stateless and thread-safe.
 */
final class Csv {

    /** One record and the line it starts on (1-based). */
    record Record(int line, List<String> fields, boolean badQuote) {}

    private Csv() {}

    /**
     * The records of {@code text}; a blank line is skipped.
     *
     * @param text the file's text
     * @return the records, the header first
     */
    static List<Record> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean bad = false;
        boolean any = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                // A quote is allowed only at the start of a field.
                bad |= field.length() > 0;
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    records.add(new Record(start, List.copyOf(fields), bad));
                }
                fields.clear();
                field.setLength(0);
                bad = false;
                any = false;
                line++;
                start = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            bad = true;
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(start, List.copyOf(fields), bad));
        }
        return records;
    }
}
