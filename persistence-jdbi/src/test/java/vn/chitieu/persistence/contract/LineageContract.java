package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.application.lineage.ImportLineage;
import vn.chitieu.application.lineage.ImportLineageCommand;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.lineage.LineageLink;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/** What every storage must do with units over time and their lineage (domain.md §10), through the use cases. */
public abstract class LineageContract extends ContractSupport {

    private static final LocalDate END = LocalDate.of(2025, 6, 30);
    private static final LocalDate START = LocalDate.of(2025, 7, 1);

    private static Unit unit(String code, String name, UnitKind kind, String parent, LocalDate from, LocalDate to) {
        return new Unit(UnitCode.of(code), name, kind, parent == null ? null : UnitCode.of(parent), List.of(), from, to);
    }

    @BeforeEach
    void registryOverTime() {
        imports.importUnits(ImportFile.of("units.csv", List.of(
                unit("tinh", "UBND tỉnh Tân Lộc", UnitKind.PROVINCE, null, null, null),
                unit("huyen", "UBND huyện Phú Giáo", UnitKind.DISTRICT, "tinh", null, END),
                unit("a", "Xã An Bình", UnitKind.COMMUNE, "huyen", null, END),
                unit("b", "Xã Bình Minh", UnitKind.COMMUNE, "huyen", null, END),
                unit("d", "Xã Đồng Xoài", UnitKind.COMMUNE, "huyen", null, END),
                unit("ab", "Xã An Bình", UnitKind.COMMUNE, "tinh", START, null),
                unit("d1", "Xã Đồng Xoài Bắc", UnitKind.COMMUNE, "tinh", START, null),
                unit("d2", "Xã Đồng Xoài Nam", UnitKind.COMMUNE, "tinh", START, null))), by(LAN));
        markAudit();
    }

    private ImportSummary importing(String... lines) {
        return new ImportLineage(storage.units(), storage.lineages()).importLineage(
                new ImportLineageCommand("lineage.csv", CsvTables.of("lineage.csv", List.of(lines)), by(LAN)));
    }

    @Test
    void unitsKeepTheirValidityAndTheTreeAsOfADateIsTheUnitsValidThen() {
        UnitTree tree = storage.units().tree();

        assertThat(tree.get(UnitCode.of("a")).validTo()).isEqualTo(END);
        assertThat(tree.get(UnitCode.of("a")).validFrom()).isNull();
        assertThat(storage.units().find(UnitCode.of("ab")).orElseThrow().validFrom()).isEqualTo(START);
        assertThat(tree.asOf(LocalDate.of(2026, 1, 1)).units()).extracting(u -> u.code().value())
                .containsExactly("tinh", "ab", "d1", "d2");
        assertThat(tree.asOf(LocalDate.of(2024, 1, 1)).units()).extracting(u -> u.code().value())
                .containsExactly("tinh", "huyen", "a", "b", "d");
    }

    @Test
    void aLineageIsStoredAuditedAndAReimportChangesNothing() {
        ImportSummary first = importing("from,to,share,date", "a,ab,,2025-07-01", "b,ab,,2025-07-01",
                "d,d1,0.6,2025-07-01", "d,d2,0.4,2025-07-01");

        assertThat(first.inserted()).isEqualTo(4);
        assertThat(storage.lineages().all()).containsExactly(
                new LineageLink(UnitCode.of("a"), UnitCode.of("ab"), START),
                new LineageLink(UnitCode.of("b"), UnitCode.of("ab"), START),
                new LineageLink(UnitCode.of("d"), UnitCode.of("d1"), new java.math.BigDecimal("0.6"), START),
                new LineageLink(UnitCode.of("d"), UnitCode.of("d2"), new java.math.BigDecimal("0.4"), START));
        assertThat(auditSinceSetUp()).hasSize(4).allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.LINEAGE_SET))
                .extracting(AuditEntry::subject).contains("lineage/d/d1/2025-07-01");

        markAudit();
        ImportSummary again = importing("from,to,share,date", "d,d1,0.60,2025-07-01", "d,d2,0.4,2025-07-01");
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.changesSomething()).isFalse();
        assertThat(auditSinceSetUp()).isEmpty();
    }

    @Test
    void aUnitsNewLinksReplaceItsStoredOnesWithTheirAudit() {
        importing("from,to,share,date", "a,ab,,2025-07-01", "d,d1,0.6,2025-07-01", "d,d2,0.4,2025-07-01");
        markAudit();

        ImportSummary changed = importing("from,to,share,date", "d,d1,0.7,2025-07-01", "d,ab,0.3,2025-07-01");

        assertThat(changed.inserted()).isEqualTo(1);
        assertThat(changed.updated()).isEqualTo(2); // d → d1 changed, d → d2 dropped
        assertThat(storage.lineages().all()).extracting(l -> l.from() + "→" + l.to() + " " + l.share().toPlainString())
                .containsExactlyInAnyOrder("a→ab 1", "d→d1 0.7", "d→ab 0.3");
        assertThat(auditSinceSetUp()).extracting(e -> e.action() + " " + e.subject() + " " + e.oldValue() + " " + e.newValue())
                .containsExactlyInAnyOrder("LINEAGE_SET lineage/d/d1/2025-07-01 share=0.6 share=0.7",
                        "LINEAGE_SET lineage/d/ab/2025-07-01 null share=0.3",
                        "LINEAGE_REMOVED lineage/d/d2/2025-07-01 share=0.4 null");
    }

    @Test
    void aFileWithBadSharesStoresNothing() {
        assertThatThrownBy(() -> importing("from,to,share,date", "a,ab,,2025-07-01", "d,d1,0.6,2025-07-01",
                "d,d2,0.3,2025-07-01"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lineage.csv:3: column 'share'");

        assertThat(storage.lineages().all()).isEmpty();
        assertThat(auditSinceSetUp()).isEmpty();
    }
}
