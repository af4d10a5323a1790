package org.jobassist.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The text form of the lists kept in one column. */
class CellsTest {

    private static final long SEED = Long.getLong("jobassist.seed", 20211109L);

    /** Non-empty texts over an alphabet rich in the separators and the escape character. */
    private static Gen<String> texts() {
        return SourceDSL.lists().of(Generate.pick(List.of('a', 'Z', '0', ';', '|', ',', '=', '\\', ' ', '户')))
                .ofSizeBetween(1, 12)
                .map(chars -> {
                    StringBuilder b = new StringBuilder();
                    chars.forEach(b::append);
                    return b.toString();
                });
    }

    @Test
    @DisplayName("a list of texts survives join and split, whatever characters they hold")
    void roundTrip() {
        QuickTheory.qt().withFixedSeed(SEED).withExamples(500)
                .forAll(SourceDSL.lists().of(texts()).ofSizeBetween(0, 6))
                .checkAssert(items -> assertEquals(items, Cells.split(Cells.LIST, Cells.join(Cells.LIST, items))));
    }

    @Test
    @DisplayName("lists nest: a joined inner list is one field of an outer list")
    void nesting() {
        QuickTheory.qt().withFixedSeed(SEED).withExamples(300)
                .forAll(SourceDSL.lists().of(texts()).ofSizeBetween(1, 4), texts())
                .checkAssert((inner, other) -> {
                    String cell = Cells.join(Cells.LIST, List.of(Cells.fields(other, Cells.join(Cells.INNER, inner))));
                    List<String> outer = Cells.split(Cells.LIST, cell);
                    assertEquals(1, outer.size());
                    String[] f = Cells.fields(outer.get(0), 2);
                    assertEquals(other, f[0]);
                    assertEquals(inner, Cells.split(Cells.INNER, f[1]));
                });
    }

    @Test
    @DisplayName("escaping, by example")
    void examples() {
        assertEquals("a\\;b;c\\\\", Cells.join(Cells.LIST, List.of("a;b", "c\\")));
        assertEquals(List.of(), Cells.split(Cells.LIST, ""));
        assertArrayEquals(new String[] {"x", null, "z"}, Cells.fields("x||z", 3));
        List<String> none = new ArrayList<>();
        assertEquals("", Cells.join(Cells.LIST, none));
    }

    @Test
    @DisplayName("a cell with another number of fields is refused")
    void wrongFieldCount() {
        assertThrows(IllegalStateException.class, () -> Cells.fields("a|b", 3));
    }
}
