package org.jobassist.api.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jobassist.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class DivisionsTest {

    static final Divisions TABLE = Divisions.builtIn();

    static DivisionCode code(String digits) {
        return DivisionCode.of(digits);
    }

    static List<String> codes(List<Division> divisions) {
        return divisions.stream().map(d -> d.code().code()).collect(Collectors.toList());
    }

    @Test
    void loadedOnce() {
        assertSame(TABLE, Divisions.builtIn());
    }

    @Test
    void theFourteenCitiesOfLiaoningInCodeOrder() {
        List<Division> cities = TABLE.cities();
        assertEquals(List.of("210100", "210200", "210300", "210400", "210500", "210600", "210700",
                "210800", "210900", "211000", "211100", "211200", "211300", "211400"), codes(cities));
        assertEquals(List.of("沈阳市", "大连市", "鞍山市", "抚顺市", "本溪市", "丹东市", "锦州市", "营口市",
                        "阜新市", "辽阳市", "盘锦市", "铁岭市", "朝阳市", "葫芦岛市"),
                cities.stream().map(Division::nameZh).collect(Collectors.toList()));
        assertEquals(List.of("Shenyang", "Dalian", "Anshan", "Fushun", "Benxi", "Dandong", "Jinzhou",
                        "Yingkou", "Fuxin", "Liaoyang", "Panjin", "Tieling", "Chaoyang", "Huludao"),
                cities.stream().map(Division::nameEn).collect(Collectors.toList()));
        assertTrue(cities.stream().allMatch(d -> d.level() == DivisionLevel.PREFECTURE));
        assertEquals(cities, TABLE.children(DivisionCode.LIAONING));
    }

    @Test
    void liaoning() {
        Division liaoning = TABLE.require(DivisionCode.LIAONING);
        assertEquals("辽宁省", liaoning.nameZh());
        assertEquals("Liaoning Province", liaoning.nameEn());
    }

    @Test
    void liaozhongDistrictOfShenyang() {
        Division liaozhong = TABLE.require(code("210115"));
        assertEquals(new Division(code("210115"), "辽中区", "Liaozhong District"), liaozhong);
        assertEquals(Optional.of(code("210100")), liaozhong.code().parent());
        assertTrue(TABLE.require(code("210100")).code().contains(liaozhong.code()));
        assertEquals(DivisionLevel.COUNTY, liaozhong.level());
    }

    @Test
    void shenyangCountyLevelDivisions() {
        assertEquals(List.of("210102", "210103", "210104", "210105", "210106", "210111", "210112", "210113",
                "210114", "210115", "210123", "210124", "210181"), codes(TABLE.children(code("210100"))));
        assertEquals("和平区", TABLE.require(code("210102")).nameZh());
        assertEquals("浑南区", TABLE.require(code("210112")).nameZh());
        assertEquals("沈北新区", TABLE.require(code("210113")).nameZh());
        assertEquals("新民市", TABLE.require(code("210181")).nameZh());
    }

    @Test
    void minimumWageCountiesOfShenyangAreKnown() {
        // DOMAIN.md §3.7: 辽中区, 康平县, 法库县, 新民市 have their own minimum wage from 2021-11-01.
        assertEquals("辽中区", TABLE.require(code("210115")).nameZh());
        assertEquals("康平县", TABLE.require(code("210123")).nameZh());
        assertEquals("法库县", TABLE.require(code("210124")).nameZh());
        assertEquals("新民市", TABLE.require(code("210181")).nameZh());
    }

    @Test
    void dalianCountyLevelDivisions() {
        assertEquals(List.of("210202", "210203", "210204", "210211", "210212", "210213", "210214", "210224",
                "210281", "210283"), codes(TABLE.children(code("210200"))));
        assertEquals("金州区", TABLE.require(code("210213")).nameZh());
        assertEquals("普兰店区", TABLE.require(code("210214")).nameZh());
        assertEquals("长海县", TABLE.require(code("210224")).nameZh());
        assertEquals("瓦房店市", TABLE.require(code("210281")).nameZh());
        assertEquals("庄河市", TABLE.require(code("210283")).nameZh());
    }

    @Test
    void withdrawnCodesAreUnknown() {
        assertFalse(TABLE.isKnown(code("211121"))); // 大洼县, now 大洼区 211104
        assertFalse(TABLE.isKnown(code("210122"))); // 辽中县, now 辽中区 210115
        assertFalse(TABLE.isKnown(code("210282"))); // 普兰店市, now 普兰店区 210214
        assertEquals("大洼区", TABLE.require(code("211104")).nameZh());
        assertEquals(List.of("211102", "211103", "211104", "211122"), codes(TABLE.children(code("211100"))));
    }

    @Test
    void oneHundredCountyLevelDivisions() {
        // Liaoning: 59 districts, 16 county-level cities, 17 counties, 8 autonomous counties.
        List<Division> counties = TABLE.all().stream()
                .filter(d -> d.level() == DivisionLevel.COUNTY).collect(Collectors.toList());
        assertEquals(100, counties.size());
        assertEquals(59, counties.stream().filter(d -> d.nameZh().endsWith("区")).count());
        assertEquals(16, counties.stream().filter(d -> d.nameZh().endsWith("市")).count());
        assertEquals(8, counties.stream().filter(d -> d.nameZh().endsWith("自治县")).count());
        assertEquals(17, counties.stream()
                .filter(d -> d.nameZh().endsWith("县") && !d.nameZh().endsWith("自治县")).count());
        assertEquals(115, TABLE.all().size());
    }

    @Test
    void everyDivisionLiesInLiaoningUnderAKnownParent() {
        for (Division division : TABLE.all()) {
            assertTrue(DivisionCode.LIAONING.contains(division.code()), division.code().code());
            division.code().parent().ifPresent(parent -> assertTrue(TABLE.isKnown(parent), parent.code()));
            assertFalse(division.nameEn().isBlank());
        }
    }

    @Test
    void aCountyHasNoChildren() {
        assertEquals(List.of(), TABLE.children(code("210115")));
    }

    @Test
    void unknownCodesAreReportedNotGuessed() {
        DivisionCode beijingChaoyang = code("110105");
        assertFalse(TABLE.isKnown(beijingChaoyang));
        assertEquals(Optional.empty(), TABLE.find(beijingChaoyang));
        assertEquals("division.unknown",
                assertThrows(InvalidInputException.class, () -> TABLE.require(beijingChaoyang)).code());
        assertEquals("division.unknown",
                assertThrows(InvalidInputException.class, () -> TABLE.children(code("210199"))).code());
        assertEquals(Optional.of(TABLE.require(code("210213"))), TABLE.find(code("210213")));
    }

    @Test
    void corruptTablesAreRefused() throws Exception {
        assertThrows(IllegalStateException.class, () -> Divisions.read(reader("210000\t辽宁省\n")));
        assertThrows(IllegalStateException.class,
                () -> Divisions.read(reader("210000\t辽宁省\tLiaoning\n210000\t辽宁省\tLiaoning\n")));
        assertThrows(IllegalStateException.class, () -> Divisions.read(reader("210115\t辽中区\tLiaozhong\n")));
        assertThrows(IllegalStateException.class, () -> Divisions.read(reader("21x000\t辽宁省\tLiaoning\n")));
        assertThrows(IllegalStateException.class, () -> Divisions.read(reader("210000\t \tLiaoning\n")));
        assertEquals(1, Divisions.read(reader("# comment\n\n210000\t辽宁省\tLiaoning\n")).size());
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
