package vn.chitieu.port.out;

import vn.chitieu.report.Report;

/** Where reports go: a file in some format, a response body, a printer. Implemented by the adapters. */
public interface ReportSink {

    void write(Report report);
}
