package vn.chitieu.application.imports;

import vn.chitieu.common.InputProblem;

/** The row errors an import reports, worded once for every storage implementation. */
public final class ImportProblems {

    private ImportProblems() {
    }

    public static InputProblem duplicate(String file, int line, int firstLine, String key) {
        return InputProblem.at(file, line, null, key, "the same key appears on line " + firstLine
                + "; a file gives each key once");
    }

    public static InputProblem unknownUnit(String file, int line, String column, String code) {
        return InputProblem.at(file, line, column, code, "no unit with this code in the registry; import the units first");
    }

    public static InputProblem unknownIssuer(String file, String code) {
        return InputProblem.at(file, 0, null, code, "the issuer is not in the registry; import the units first");
    }

    public static InputProblem unknownIndicator(String file, int line, String code) {
        return InputProblem.at(file, line, "indicator", code, "unknown indicator");
    }
}
