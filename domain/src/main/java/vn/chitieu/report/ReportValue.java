package vn.chitieu.report;

/**
 * Special values a report cell may hold besides text and numbers. {@link #NOT_AVAILABLE} prints
 * as "Không có hồ sơ phát sinh" / "no dossiers": a value that does not exist because no dossier
 * arose, which is different from 0 % and from an empty cell (null).
 */
public enum ReportValue {
    NOT_AVAILABLE
}
