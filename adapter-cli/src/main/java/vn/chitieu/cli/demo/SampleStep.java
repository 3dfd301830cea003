package vn.chitieu.cli.demo;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import vn.chitieu.table.DelimitedText;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Format;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.report.Report;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/**
 * A demo step on the bundled samples: its place and title, reading a sample and printing a
 * report as a table. A step reads the samples and calls the same use case as its command.
 */
abstract class SampleStep implements DemoStep {

    private final int order;
    private final String vi;
    private final String en;
    protected final TableFiles files;
    private final ReportRenderer renderer;

    SampleStep(int order, String vi, String en, TableFiles files, ReportRenderer renderer) {
        this.order = order;
        this.vi = vi;
        this.en = en;
        this.files = files;
        this.renderer = renderer;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final String title(Lang lang) {
        return lang == Lang.EN ? en : vi;
    }

    /** The sample {@code name} as a table. */
    protected Table table(String name) {
        return files.readCsv(Samples.source(name), Samples.bytes(name));
    }

    /** The sample {@code name} as text. */
    protected String text(String name) {
        return DelimitedText.decode(Samples.source(name), Samples.bytes(name));
    }

    protected UnitTree units(String name) {
        return UnitsTable.read(table(name));
    }

    protected void print(PrintWriter out, Report report, Lang lang) {
        out.print(new String(renderer.render(report, Format.TABLE, lang), StandardCharsets.UTF_8));
    }
}
