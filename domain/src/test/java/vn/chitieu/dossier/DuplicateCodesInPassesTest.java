package vn.chitieu.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.period.Period;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * A file whose codes repeat by the thousand (two exports joined) is checked a share of the candidates a pass
 * when they are more than a pass may hold: the same problems, the same count, as in one pass, and as an
 * independent count of the lines whose code came before.
 */
class DuplicateCodesInPassesTest {

    private static final UnitTree TREE = UnitTree.of(List.of(
            new Unit(UnitCode.of("tinh"), "Tỉnh Mẫu", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("xa-1"), "Xã Một", UnitKind.COMMUNE, UnitCode.of("tinh"))));
    private static final Procedures PROCEDURES = Procedures.of(List.of(
            new Procedure("1.001", "Thủ tục", ProcedureLevel.FULL, true)));

    /** Codes as the file gives them: 4,000 dossiers, then 3,000 of them again, some a third time, in a shuffled order. */
    private static List<String> codes() {
        SplittableRandom random = new SplittableRandom(5);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            codes.add("000.00.33.H12-" + i);
        }
        for (int i = 0; i < 3000; i++) {
            codes.add("000.00.33.H12-" + random.nextInt(4000));
        }
        return codes;
    }

    private static DossierSource source(List<String> codes) {
        return new DossierSource() {
            @Override
            public String file() {
                return "joined.csv";
            }

            @Override
            public void read(Records records) {
                String[] labels = new String[DossierField.count()];
                for (DossierField f : DossierField.values()) {
                    labels[f.ordinal()] = f.header();
                }
                records.columns(1, labels);
                for (int i = 0; i < codes.size(); i++) {
                    String[] v = new String[DossierField.count()];
                    v[DossierField.CODE.ordinal()] = codes.get(i);
                    v[DossierField.PROCEDURE.ordinal()] = "1.001";
                    v[DossierField.UNIT.ordinal()] = "xa-1";
                    v[DossierField.CHANNEL.ordinal()] = "2";
                    v[DossierField.RECEIVED.ordinal()] = "2025-06-02 08:00:00";
                    v[DossierField.STATUS.ordinal()] = "4";
                    records.record(i + 2, v);
                }
            }
        };
    }

    private static InvalidInputException refusal(long perPass, List<String> codes) {
        DossierReader reader = new DossierReader(TREE, new NameResolver(TREE), PROCEDURES, 1).candidatesPerPass(perPass);
        return catchThrowableOfType(() -> reader.count(source(codes), Period.parse("2025-06")),
                InvalidInputException.class);
    }

    @Test
    void manyPassesFindWhatOnePassFindsAndEveryRepeatIsCounted() {
        List<String> codes = codes();
        Map<String, Integer> first = new HashMap<>();
        long repeats = 0;
        String firstReported = null;
        for (int i = 0; i < codes.size(); i++) {
            Integer before = first.putIfAbsent(codes.get(i), i + 2);
            if (before != null) {
                repeats++;
                if (firstReported == null) {
                    firstReported = "joined.csv:" + (i + 2) + ": column 'code', value '" + codes.get(i)
                            + "': dossier code given twice in the file (first on line " + before + ")";
                }
            }
        }
        assertThat(repeats).isEqualTo(3000);

        InvalidInputException onePass = refusal(Long.MAX_VALUE, codes);
        InvalidInputException manyPasses = refusal(50, codes);

        assertThat(onePass.total()).isEqualTo(repeats);
        assertThat(manyPasses.total()).isEqualTo(repeats);
        assertThat(manyPasses.problems()).isEqualTo(onePass.problems()).hasSize(InvalidInputException.MAX_REPORTED);
        assertThat(manyPasses.getMessage()).contains(firstReported);
    }
}
