package vn.chitieu.dossier;

/**
 * A file of dossiers as an adapter parses it (CSV, .xlsx, NDJSON…), streamed: {@link #read} hands
 * each record to {@link Records} as it is parsed, never holding the file. It may be called a second
 * time (to confirm candidate duplicate codes), and must then give the same records.
 */
public interface DossierSource {

    /** The file's name, as errors show it. */
    String file();

    /** Hands the column labels, then every record in order, to {@code records}. */
    void read(Records records);

    /** Receives a file's records. */
    interface Records {

        /**
         * The file's columns: {@code labels[f.ordinal()]} is how the file names {@link DossierField} f
         * (its header as written, or the JSON property), null when the file lacks it; {@code line} is the
         * header's line (0 for a file without a header line, e.g. NDJSON).
         */
        void columns(int line, String[] labels);

        /**
         * One record at {@code line}: {@code values[f.ordinal()]} is the text of field f, null when
         * empty or absent. The array may be reused by the caller after the call returns.
         */
        void record(int line, String[] values);

        /** A record (or the rest of the file, {@code line} 0 for the whole file) that cannot be parsed at all. */
        void unreadable(int line, String reason);
    }
}
