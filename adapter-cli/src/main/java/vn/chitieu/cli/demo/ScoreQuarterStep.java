package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chitieu.application.scoring.ScoreFiles;
import vn.chitieu.application.scoring.ScoreFilesCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.cli.score.ScoreboardReport;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.scoring.DeclaredTotal;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.SelectionRule;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Resolution;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitTree;

/**
 * Demo: scores seed 003's quarter (Phụ lục 2, on-time counts, Q1/2018) against 95 % for every
 * unit, reconciles the letter's totals (38.122 received, 36.940 resolved) with the table's, and
 * lists whom the rules commend and criticise, beside the letter's own lists. The letter criticises
 * the two units that did not use the system (Sở Nội vụ resolved none of its dossiers on it, UBND
 * huyện Lắk received 19 in a quarter): {@value #CRITICISE} selects exactly them. It commends ten
 * units on more than this table holds (electronic documents, Phụ lục 1; level-3 online dossiers and
 * iGate liaison, Phụ lục 2 parts 2–3): {@value #COMMEND} (met the target, and among the three of its
 * kind with the most dossiers) selects five of them and no other; the demo names the other five and
 * says why. Same as {@code chitieu score --units units-daklak-2018.csv --targets targets-2018-Q1.csv
 * --results results-2018-Q1.csv --declared received=38122,resolved=36940 --commend "met,mostDossiers=3"
 * --criticise "below=1|kind=DISTRICT,dossiersBelow=100"}, through the same use case.
 */
public final class ScoreQuarterStep extends SampleStep {

    static final String UNITS = "units-daklak-2018.csv";
    static final String TARGETS = "targets-2018-Q1.csv";
    static final String RESULTS = "results-2018-Q1.csv";
    static final String COMMEND = "met,mostDossiers=3";
    static final String CRITICISE = "below=1|kind=DISTRICT,dossiersBelow=100";
    /** Whom the letter (Công văn 2999/UBND-KGVX, 17/4/2018, item 1) commends, as it names them. */
    static final List<String> LETTER_COMMENDS = List.of("UBND huyện Krông Năng", "UBND thành phố Buôn Ma Thuột",
            "UBND huyện Cư M'gar", "Văn phòng UBND tỉnh", "Sở Công thương", "Sở Xây dựng", "Sở Thông tin và Truyền thông",
            "Sở Ngoại vụ", "Sở Tư pháp", "Sở Nông nghiệp và Phát triển nông thôn");
    /** Whom it criticises (item 2). */
    static final List<String> LETTER_CRITICISES = List.of("Sở Nội vụ", "UBND huyện Lắk");

    private final IndicatorCatalogue catalogue;

    @Inject
    public ScoreQuarterStep(TableFiles files, IndicatorCatalogue catalogue, ReportRenderer renderer) {
        super(40, "Chấm điểm kết quả giải quyết đúng hạn Quý I/2018 so với chỉ tiêu 95% (seed 003, Phụ lục 2)",
                "Scoring the 2018 Q1 on-time results against 95% (seed 003, Phụ lục 2)", files, renderer);
        this.catalogue = catalogue;
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        UnitTree tree = units(UNITS);
        ScoredPeriod scored = new ScoreFiles().score(new ScoreFilesCommand(tree, catalogue, () -> table(RESULTS),
                () -> table(TARGETS), null, null, null,
                List.of(DeclaredTotal.parse("received=38122"), DeclaredTotal.parse("resolved=36940")),
                SelectionRule.parse(COMMEND), SelectionRule.parse(CRITICISE), null));
        print(out, ScoreboardReport.scoreboard(scored.board(), catalogue, new ScoreboardReport.Extras(scored.commended(),
                scored.criticised(), COMMEND, CRITICISE, null, null), lang), lang);
        compareWithTheLetter(out, tree, scored, lang);
    }

    /** The rules' lists beside the letter's: what they share, and why the rest differs. */
    static void compareWithTheLetter(PrintWriter out, UnitTree tree, ScoredPeriod scored, Lang lang) {
        boolean en = lang == Lang.EN;
        NameResolver resolver = new NameResolver(tree);
        Set<Unit> letterCommends = resolved(resolver, LETTER_COMMENDS);
        Set<Unit> letterCriticises = resolved(resolver, LETTER_CRITICISES);
        Set<Unit> commended = new LinkedHashSet<>(scored.commended().stream().map(Score::unit).toList());
        Set<Unit> criticised = new LinkedHashSet<>(scored.criticised().stream().map(Score::unit).toList());
        out.println();
        out.println(en ? "Beside the letter (Công văn 2999/UBND-KGVX, 17/4/2018):"
                : "So với Công văn 2999/UBND-KGVX ngày 17/4/2018:");
        if (criticised.equals(letterCriticises)) {
            out.println(en ? "- Criticised: the rule \"" + CRITICISE + "\" selects exactly the units the letter criticises, "
                    + "those that did not use the system: " + names(criticised)
                    : "- Phê bình: quy tắc «" + CRITICISE + "» chọn đúng các đơn vị thư phê bình, những đơn vị chưa "
                    + "sử dụng hệ thống: " + names(criticised));
        } else {
            out.println((en ? "- Criticised by the rule \"" : "- Quy tắc «") + CRITICISE + (en ? "\": " : "» phê bình: ")
                    + names(criticised) + (en ? "; by the letter: " : "; thư phê bình: ") + names(letterCriticises));
        }
        Set<Unit> both = new LinkedHashSet<>(commended);
        both.retainAll(letterCommends);
        Set<Unit> onlyRule = new LinkedHashSet<>(commended);
        onlyRule.removeAll(letterCommends);
        Set<Unit> onlyLetter = new LinkedHashSet<>(letterCommends);
        onlyLetter.removeAll(commended);
        out.println(en ? "- Commended: the rule \"" + COMMEND + "\" (met, and among the 3 of its kind with the most "
                + "dossiers) selects " + both.size() + " of the letter's " + letterCommends.size() + ": " + names(both)
                : "- Biểu dương: quy tắc «" + COMMEND + "» (đạt chỉ tiêu và thuộc 3 đơn vị cùng loại có nhiều hồ sơ "
                + "nhất) chọn " + both.size() + " trong " + letterCommends.size() + " đơn vị thư biểu dương: " + names(both));
        if (!onlyRule.isEmpty()) {
            out.println((en ? "  also selected, not in the letter: " : "  quy tắc chọn thêm, thư không biểu dương: ")
                    + names(onlyRule));
        }
        if (!onlyLetter.isEmpty()) {
            out.println(en ? "  the letter also commends " + names(onlyLetter) + ", for what this table does not hold: "
                    + "electronic documents (Phụ lục 1), level-3 online dossiers and iGate liaison (Phụ lục 2, parts 2–3); "
                    + "on-time figures alone do not single them out"
                    : "  thư còn biểu dương " + names(onlyLetter) + ", dựa vào số liệu bảng này không có: văn bản điện tử "
                    + "(Phụ lục 1), hồ sơ trực tuyến mức độ 3 và hồ sơ liên thông qua iGate (Phụ lục 2, mục 2, 3); "
                    + "tỷ lệ đúng hạn không phân biệt được các đơn vị này");
        }
    }

    private static Set<Unit> resolved(NameResolver resolver, List<String> names) {
        Set<Unit> units = new LinkedHashSet<>();
        for (String name : names) {
            Resolution r = resolver.resolve(name);
            if (!r.isMatched()) {
                throw new IllegalStateException("the letter's '" + name + "' does not resolve: " + r.explain());
            }
            units.add(r.unit());
        }
        return units;
    }

    private static String names(Set<Unit> units) {
        return units.isEmpty() ? "—" : units.stream().map(Unit::name).collect(Collectors.joining(", "));
    }
}
