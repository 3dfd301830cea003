package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.chitieu.cli.ResolveCommand;
import vn.chitieu.cli.io.NamesFile;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Format;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/** Demo: resolves every unit name printed in the 2018 Q1 report (seed 003) against the Đắk Lắk units. */
public final class ResolveNamesStep implements DemoStep {

    static final String UNITS = "units-daklak-2018.csv";
    static final String NAMES = "names-seed-003.txt";

    private final TableFiles files;
    private final NamesFile namesFile;
    private final ReportRenderer renderer;

    @Inject
    public ResolveNamesStep(TableFiles files, NamesFile namesFile, ReportRenderer renderer) {
        this.files = files;
        this.namesFile = namesFile;
        this.renderer = renderer;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.EN ? "Resolving the unit names of the 2018 Q1 report (seed 003)"
                : "Đối chiếu tên đơn vị trong báo cáo Quý I/2018 (seed 003)";
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        UnitTree tree = UnitsTable.read(files.readCsv(Samples.source(UNITS), Samples.bytes(UNITS)));
        List<String> names = namesFile.read(Samples.source(NAMES), Samples.bytes(NAMES));
        ResolveCommand.Resolved resolved = ResolveCommand.resolve(tree, names);
        out.print(new String(renderer.render(ResolveCommand.report(resolved), Format.TABLE, lang), StandardCharsets.UTF_8));
    }
}
