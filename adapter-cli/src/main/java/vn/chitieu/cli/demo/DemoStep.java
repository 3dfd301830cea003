package vn.chitieu.cli.demo;

import java.io.PrintWriter;
import vn.chitieu.cli.output.Lang;

/**
 * One step of {@code chitieu demo}: runs a seed example end to end on the samples bundled in the
 * jar and prints its report. Steps are bound with a Guice multibinder and run in {@link #order()}.
 */
public interface DemoStep {

    int order();

    String title(Lang lang);

    void run(PrintWriter out, Lang lang);
}
