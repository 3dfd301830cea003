package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.common.InputProblem;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.table.Lined;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/** What every implementation of {@link vn.chitieu.port.out.Units} must do. */
public abstract class UnitsContract extends ContractSupport {

    private static final UnitCode SO_Y_TE = UnitCode.of("so-y-te");

    @Test
    void importingTheSeedRegistryStoresEveryUnitAsATree() {
        ImportSummary summary = imports.importUnits(Seeds.dakLakUnits(), by(LAN));

        assertThat(summary.inserted()).isEqualTo(34);
        assertThat(summary.updated()).isZero();
        assertThat(summary.unchanged()).isZero();
        assertThat(summary.errors()).isEmpty();
        assertThat(storage.units().tree().size()).isEqualTo(34);
        assertThat(storage.units().tree().childrenOf(UnitCode.of("daklak"))).hasSize(33);
        assertThat(storage.units().find(UnitCode.of("so-lao-dong-thuong-binh-va-xa-hoi")).orElseThrow().name())
                .isEqualTo("Sở Lao động, Thương binh và Xã hội");
    }

    @Test
    void theTreeKeepsTheOrderOfTheFile() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));

        assertThat(storage.units().tree().units()).extracting(Unit::code)
                .containsExactlyElementsOf(Seeds.dakLakUnits().lines().stream().map(l -> l.value().code()).toList());
    }

    @Test
    void reImportingTheSameFileChangesNothingAndSaysSo() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        int auditRows = storage.auditLog().all().size();

        ImportSummary again = imports.importUnits(Seeds.dakLakUnits(), by(MINH));

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(34);
        assertThat(storage.auditLog().all()).hasSize(auditRows);
        assertThat(storage.importBatches().all()).hasSize(1);
    }

    @Test
    void aRenamedUnitIsCountedUpdatedAndAuditedWithItsOldAndNewName() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        ImportFile<Unit> renamed = withLine(Seeds.dakLakUnits(), 18,
                u -> new Unit(u.code(), "Sở Y tế tỉnh Đắk Lắk", u.kind(), u.parent(), List.of("Sở Y tế")));

        ImportSummary summary = imports.importUnits(renamed, by(MINH).withReason("tên đầy đủ"));

        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(33);
        assertThat(storage.units().find(SO_Y_TE).orElseThrow().name()).isEqualTo("Sở Y tế tỉnh Đắk Lắk");
        assertThat(storage.units().find(SO_Y_TE).orElseThrow().aliases()).containsExactly("Sở Y tế");
        List<AuditEntry> changes = auditSinceSetUp().stream().filter(e -> e.action() == AuditAction.UNIT_CHANGED).toList();
        assertThat(changes).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(MINH);
            assertThat(e.subject()).isEqualTo("unit/so-y-te");
            assertThat(e.oldValue()).contains("name=Sở Y tế;");
            assertThat(e.newValue()).contains("name=Sở Y tế tỉnh Đắk Lắk;").contains("aliases=Sở Y tế");
            assertThat(e.reason()).isEqualTo("tên đầy đủ");
            assertThat(e.at()).isAfterOrEqualTo(testStarted);
        });
    }

    @Test
    void everyAddedUnitIsAuditedWithWhoAddedIt() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));

        assertThat(storage.auditLog().all()).hasSize(34)
                .allSatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.UNIT_ADDED);
                    assertThat(e.actor()).isEqualTo(LAN);
                    assertThat(e.oldValue()).isNull();
                });
        assertThat(storage.importBatches().all()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(ImportKind.UNITS);
            assertThat(b.source()).isEqualTo(Seeds.UNITS);
            assertThat(b.inserted()).isEqualTo(34);
            assertThat(b.actor()).isEqualTo(LAN);
        });
    }

    @Test
    void aFileWithAnUnknownParentIsRefusedWholeAndNamesTheLine() {
        ImportFile<Unit> bad = withLine(Seeds.dakLakUnits(), 20,
                u -> new Unit(u.code(), u.name(), u.kind(), UnitCode.of("dak-nong")));

        ImportSummary summary = imports.importUnits(bad, by(LAN));

        assertThat(summary.isRefused()).isTrue();
        assertThat(summary.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(20);
            assertThat(p.file()).isEqualTo(Seeds.UNITS);
            assertThat(p.reason()).contains("dak-nong");
        });
        assertThat(storage.units().tree().size()).isZero();
        assertThat(storage.auditLog().all()).isEmpty();
        assertThat(storage.importBatches().all()).isEmpty();
    }

    @Test
    void everyBadLineIsListedNotOnlyTheFirst() {
        ImportFile<Unit> bad = plus(withLine(Seeds.dakLakUnits(), 5,
                u -> new Unit(u.code(), u.name(), u.kind(), UnitCode.of("nowhere"))),
                new Unit(SO_Y_TE, "Sở Y tế (lần hai)", UnitKind.DEPARTMENT, UnitCode.of("daklak")));

        ImportSummary summary = imports.importUnits(bad, by(LAN));

        assertThat(summary.errors()).extracting(InputProblem::line).containsExactly(5, 36);
        assertThat(storage.units().tree().size()).isZero();
    }

    @Test
    void aFailedImportLeavesTheEarlierRegistryAsItWas() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        ImportFile<Unit> bad = plus(withLine(Seeds.dakLakUnits(), 18,
                u -> new Unit(u.code(), "Sở Y tế mới", u.kind(), u.parent())),
                new Unit(UnitCode.of("xa-moi"), "Xã Mới", UnitKind.COMMUNE, UnitCode.of("huyen-khong-co")));

        assertThat(imports.importUnits(bad, by(MINH)).isRefused()).isTrue();

        assertThat(storage.units().find(SO_Y_TE).orElseThrow().name()).isEqualTo("Sở Y tế");
        assertThat(storage.units().tree().size()).isEqualTo(34);
    }

    @Test
    void aCycleOfParentsIsRefused() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        ImportFile<Unit> cycle = new ImportFile<>("cycle.csv", List.of(
                new Lined<>(2, new Unit(UnitCode.of("daklak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE,
                        UnitCode.of("so-y-te")))));

        ImportSummary summary = imports.importUnits(cycle, by(LAN));

        assertThat(summary.errors()).extracting(InputProblem::line).contains(2);
        assertThat(storage.units().find(UnitCode.of("daklak")).orElseThrow().parent()).isNull();
    }

    @Test
    void aChildMayComeBeforeItsParentInTheFile() {
        ImportFile<Unit> file = new ImportFile<>("communes.csv", List.of(
                new Lined<>(2, new Unit(UnitCode.of("xa-ea-tul"), "Xã Ea Tul", UnitKind.COMMUNE, UnitCode.of("cu-m-gar"))),
                new Lined<>(3, new Unit(UnitCode.of("cu-m-gar"), "UBND huyện Cư M'gar", UnitKind.DISTRICT, null))));

        ImportSummary summary = imports.importUnits(file, by(LAN));

        assertThat(summary.inserted()).isEqualTo(2);
        assertThat(storage.units().tree().childrenOf(UnitCode.of("cu-m-gar"))).extracting(Unit::code)
                .containsExactly(UnitCode.of("xa-ea-tul"));
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndStoresNothing() {
        ImportSummary summary = imports.importUnits(Seeds.dakLakUnits(), by(LAN).asDryRun());

        assertThat(summary.dryRun()).isTrue();
        assertThat(summary.inserted()).isEqualTo(34);
        assertThat(storage.units().tree().size()).isZero();
        assertThat(storage.auditLog().all()).isEmpty();
        assertThat(storage.importBatches().all()).isEmpty();
    }
}
