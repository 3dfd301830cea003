package vn.chitieu.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.common.Texts;
import vn.chitieu.dossier.DossierField;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.scoring.TargetsTableReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/**
 * A header written a little wrong ({@code onTimRate} for {@code onTimeRate}) used to be read as an
 * extra column and ignored: the file was accepted with its stated rates gone. It is refused, naming
 * the header and the column it is a near miss of; columns far from every name stay allowed.
 */
class MisspeltColumnsTest {

    private static final NameResolver RESOLVER = new NameResolver(UnitTree.of(List.of(
            new Unit(UnitCode.of("dak-lak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("ban-dan-toc"), "Ban Dân tộc", UnitKind.DEPARTMENT, UnitCode.of("dak-lak")))));
    private static final ResultsTableReader RESULTS = new ResultsTableReader(RESOLVER, IndicatorCatalogue.builtIn());

    private static Table table(String header, String row) {
        return Table.builder("results.csv", Arrays.asList(header.split(",", -1)))
                .row(2, Arrays.asList(row.split(",", -1))).build();
    }

    private static List<Result> results(Table table) {
        return RESULTS.read(table, Period.parse("2018-Q1"));
    }

    private static InputProblem refusal(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aMisspeltOptionalColumnOfTheWideFormIsRefusedNamingTheColumnMeant() {
        Table t = table("unit,period,received,resolved,onTime,late,onTimRate,lateRate",
                "Ban Dân tộc,2018-Q1,3,3,3,0,100,0");

        InputProblem p = refusal(() -> results(t));

        assertThat(p.file()).isEqualTo("results.csv");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo("onTimRate");
        assertThat(p.reason()).contains("did you mean 'onTimeRate'?");
    }

    @Test
    void theSameFileSpeltRightIsReadWithItsStatedRate() {
        Table t = table("unit,period,received,resolved,onTime,late,onTimeRate,lateRate",
                "Ban Dân tộc,2018-Q1,3,3,3,0,100,0");

        assertThat(results(t)).singleElement().satisfies(r -> assertThat(r.detail().statedOnTimeRate()).isEqualByComparingTo("100"));
    }

    @Test
    void aLongFormWhoseStatedRateIsMisspeltIsRefusedThoughItHasNoOnTimeCounts() {
        // the long form asked for the stated rates only beside the four counts: this header was read past
        Table t = table("unit,indicator,period,numerator,denominator,onTimRate",
                "Ban Dân tộc,ONLINE_RATE,2018-Q1,1,2,50");

        InputProblem p = refusal(() -> results(t));

        assertThat(p.column()).isEqualTo("onTimRate");
        assertThat(p.reason()).contains("did you mean 'onTimeRate'?");
    }

    @Test
    void aStatedRateWithoutTheFourCountsIsRefusedNotDroppedNamingTheCountsOnce() {
        Table t = table("unit,indicator,period,numerator,denominator,onTimeRate",
                "Ban Dân tộc,ON_TIME_RATE,2018-Q1,1,2,50");

        InputProblem p = refusal(() -> results(t));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.reason()).startsWith("missing columns received, resolved, onTime, late (received, resolved, onTime and late"
                + " come together)");
        assertThat(p.reason().split("come together", -1)).hasSize(2);
    }

    @Test
    void aDoubledLetterInAVietnameseHeaderIsANearMissToo() {
        Table t = table("Tên cơ quan,kỳ,Số lượng tiếp nhận,Đã giải quyết,Đúng hạn SL,Trễ hạn SL,Tỷ lệ đúng hạnn",
                "Ban Dân tộc,2018-Q1,3,3,3,0,100");

        assertThat(refusal(() -> results(t)).reason()).contains("did you mean 'tỷ lệ đúng hạn'?");
    }

    @Test
    void aMisspeltRequiredColumnIsNamedInsteadOfReportedMissing() {
        Table t = table("unit,indicator,period,numeratr,denominator", "ban-dan-toc,ONLINE_RATE,2018-Q1,1,2");

        InputProblem p = refusal(() -> results(t));

        assertThat(p.column()).isEqualTo("numeratr");
        assertThat(p.reason()).contains("did you mean 'numerator'?").doesNotContain("missing column");
    }

    @Test
    void columnsFarFromEveryNameAreAllowedAndIgnored() {
        Table t = table("STT,unit,indicator,period,numerator,denominator,Ghi chú,date",
                "1,ban-dan-toc,ONLINE_RATE,2018-Q1,1,2,xem lại,2018-03-31");

        assertThat(results(t)).singleElement().satisfies(r -> assertThat(r.numerator()).isEqualTo(1L));
    }

    @Test
    void aHeaderNearAColumnThatIsFoundUnderAnotherNameIsLeftAlone() {
        // "received2" is a near miss of "received", but received is read (as Số lượng tiếp nhận)
        Table t = table("unit,period,Số lượng tiếp nhận,received2,resolved,onTime,late",
                "Ban Dân tộc,2018-Q1,3,4,3,3,0");

        assertThat(results(t)).singleElement().satisfies(r -> assertThat(r.detail().received()).isEqualTo(3L));
    }

    @Test
    void aMisspeltValidityColumnOfAUnitsFileIsRefused() {
        Table t = Table.builder("units.csv", List.of("code", "name", "kind", "parent", "validFrm"))
                .row(2, List.of("dak-lak", "UBND tỉnh Đắk Lắk", "PROVINCE", "", "2025-07-01")).build();

        InputProblem p = refusal(() -> UnitsTable.read(t));

        assertThat(p.column()).isEqualTo("validFrm");
        assertThat(p.reason()).contains("did you mean 'validFrom'?");
    }

    @Test
    void aMisspeltReasonOfATargetsFileIsRefused() {
        Table t = Table.builder("targets.csv", List.of("unit", "indicator", "period", "target", "reasons"))
                .row(2, List.of("ban-dan-toc", "ONLINE_RATE", "2018-Q1", "80", "chỉ tiêu tỉnh")).build();

        InputProblem p = refusal(() -> new TargetsTableReader(RESOLVER, IndicatorCatalogue.builtIn())
                .read(t, Period.parse("2018-Q1")));

        assertThat(p.column()).isEqualTo("reasons");
        assertThat(p.reason()).contains("did you mean 'reason'?");
    }

    @Test
    void aMisspeltDossierFieldIsNamedInEitherHeaderStyle() {
        List<InputProblem> english = DossierField.misspelt("dossiers.csv", 1,
                List.of("code", "procedure", "unit", "channel", "received", "status", "paidOnlne", "MaHoSoCu"));
        List<InputProblem> national = DossierField.misspelt("dossiers.csv", 1,
                List.of("MaHoSo", "MaTTHC", "DonViXuLy", "KenhThucHien", "NgayTiepNhan", "TrangThaiHoSo", "LePhii"));

        assertThat(english).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("paidOnlne");
            assertThat(p.reason()).contains("did you mean 'paidOnline'?");
        });
        assertThat(national).singleElement().satisfies(p -> assertThat(p.reason()).contains("did you mean 'LePhi'?"));
        assertThat(DossierField.misspelt("dossiers.csv", 1,
                List.of("code", "procedure", "unit", "channel", "received", "status", "paidOnline", "Ghi chú"))).isEmpty();
    }

    @Test
    void aMisspeltKeyOfAnNdjsonRecordIsRefusedOnlyWhenTheRecordLacksTheFieldMeant() {
        String[] values = new String[DossierField.count()];

        assertThat(DossierField.misspeltKey("DuocThanhToanTrucTuyn", values))
                .contains("'DuocThanhToanTrucTuyn'", "did you mean 'DuocThanhToanTrucTuyen'?");
        values[DossierField.PAID_ONLINE.ordinal()] = "1";
        assertThat(DossierField.misspeltKey("DuocThanhToanTrucTuyn", values)).isNull();
        assertThat(DossierField.misspeltKey("NgayTuChoi", new String[DossierField.count()])).isNull();
        assertThat(Texts.translate(DossierField.misspeltKey("LePhii", new String[DossierField.count()]), Texts.VI))
                .isEqualTo("khóa 'LePhii' không được đọc; có phải là 'LePhi'? Hãy đổi tên, nếu không giá trị của nó bị bỏ qua");
    }

    @Test
    void theRefusalReadsInVietnamese() {
        String reason = Table.misspelt("results.csv", 1, "onTimRate", "onTimeRate").reason();

        assertThat(Texts.translate(reason, Texts.VI)).isEqualTo("tên cột này không được đọc; có phải là 'onTimeRate'? "
                + "Hãy đổi tên cột (hoặc bỏ cột), nếu không các giá trị của nó bị bỏ qua");
    }

    @Test
    void shortNamesAreNeverNearMisses() {
        assertThat(Table.closest("date", List.of("rate", "late"))).isNull();
        assertThat(Table.closest("onTme", List.of("onTime"))).isEqualTo("onTime");
        assertThat(Table.closest("recieved", List.of("received", "resolved"))).isEqualTo("received");
        assertThat(Table.closest("ontiem", List.of("onTime"))).isNull(); // two edits in six letters: too far
    }
}
