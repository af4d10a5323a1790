package org.jobassist.examples.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The text form of the short lists a row keeps in one column (registrations, history,
 * household members): items joined by a separator, with the separators and the backslash
 * escaped by a backslash, so that any text survives and lists can nest. Keeping such lists in
 * their row rather than in child tables means that one {@code SELECT} of one row reads one
 * whole value, so a reader never sees half of a write under READ COMMITTED.
 *
 * <p>Stateless and thread-safe.
 */
final class Cells {

    /** Separates the items of an outer list. */
    static final char LIST = ';';
    /** Separates the fields of one item. */
    static final char FIELD = '|';
    /** Separates the items of a list nested inside a field. */
    static final char INNER = ',';

    private static final String SPECIAL = "\\;|,=";

    private Cells() {}

    /**
     * The items joined by {@code separator}, each escaped.
     *
     * @param separator one of {@link #LIST}, {@link #FIELD}, {@link #INNER}
     * @param items the items, none null
     * @return the text, empty for no items
     */
    static String join(char separator, Collection<String> items) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String item : items) {
            if (!first) {
                out.append(separator);
            }
            first = false;
            for (int i = 0; i < item.length(); i++) {
                char c = item.charAt(i);
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The fields joined by {@link #FIELD}; a null field is written as the empty text.
     *
     * @param fields the fields
     * @return the text
     */
    static String fields(String... fields) {
        List<String> items = new ArrayList<>(fields.length);
        for (String f : fields) {
            items.add(f == null ? "" : f);
        }
        return join(FIELD, items);
    }

    /**
     * The items of a text made by {@link #join}, unescaped.
     *
     * @param separator the separator it was joined with
     * @param text the text; empty gives no items
     * @return the items
     */
    static List<String> split(char separator, String text) {
        List<String> items = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                item.append(text.charAt(++i));
            } else if (c == separator) {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }

    /**
     * The fields of a text made by {@link #fields}; an empty field is null.
     *
     * @param text the text
     * @param count how many fields it holds
     * @return the fields
     * @throws IllegalStateException if the text holds another number of fields
     */
    static String[] fields(String text, int count) {
        List<String> items = split(FIELD, text);
        if (items.size() != count) {
            throw new IllegalStateException("a stored cell holds " + items.size() + " fields, expected " + count);
        }
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = items.get(i).isEmpty() ? null : items.get(i);
        }
        return out;
    }

    /**
     * The texts of a set's items, sorted and joined by {@link #LIST}, so that equal sets give
     * equal cells.
     *
     * @param items the items, none null
     * @param text the text of an item
     * @return the cell
     */
    static <T> String joinSorted(Collection<T> items, Function<T, String> text) {
        TreeSet<String> sorted = new TreeSet<>();
        items.forEach(i -> sorted.add(text.apply(i)));
        return join(LIST, sorted);
    }

    /**
     * The items of a cell joined by {@link #LIST}, each parsed.
     *
     * @param cell the cell
     * @param parse makes an item of its text
     * @return the items, in the cell's order
     */
    static <T> List<T> splitEach(String cell, Function<String, T> parse) {
        List<T> out = new ArrayList<>();
        for (String s : split(LIST, cell)) {
            out.add(parse.apply(s));
        }
        return out;
    }
}
