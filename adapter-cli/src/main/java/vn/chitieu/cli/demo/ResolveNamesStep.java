package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import vn.chitieu.application.unit.ResolveNames;
import vn.chitieu.cli.ResolveCommand;
import vn.chitieu.cli.io.NamesFile;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;

/** Demo: resolves every unit name printed in the 2018 Q1 report (seed 003) against the Đắk Lắk units. */
public final class ResolveNamesStep extends SampleStep {

    static final String UNITS = "units-daklak-2018.csv";
    static final String NAMES = "names-seed-003.txt";

    private final NamesFile namesFile;

    @Inject
    public ResolveNamesStep(TableFiles files, NamesFile namesFile, ReportRenderer renderer) {
        super(10, "Đối chiếu tên đơn vị trong báo cáo Quý I/2018 (seed 003)",
                "Resolving the unit names of the 2018 Q1 report (seed 003)", files, renderer);
        this.namesFile = namesFile;
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        print(out, ResolveCommand.report(new ResolveNames().resolve(units(UNITS),
                namesFile.read(Samples.source(NAMES), Samples.bytes(NAMES)))), lang);
    }
}
