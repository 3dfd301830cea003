package vn.chitieu.dossier;

/**
 * A file of dossiers as an adapter parses it (CSV, .xlsx, NDJSON…), streamed: {@link #read} hands
 * each record to {@link Records} as it is parsed, never holding the file. It may be called a second
 * time (to confirm candidate duplicate codes), and must then give the same records.
 */
public interface DossierSource {

    /** The file's name, as errors show it. */
    String file();

    /**
     * The file's size in bytes, or -1 when not known: how many dossiers to expect, so that a small file's counts
     * are not kept in a table sized for every (unit, procedure) cell.
     */
    default long size() {
        return -1;
    }

    /** Hands the column labels, then every record in order, to {@code records}. */
    void read(Records records);

    /**
     * The same records in byte form, for a large file: the parsed fields are handed as UTF-8 bytes (no String
     * a field), possibly in parts read at once on several threads ({@link ByteReading}). False (and nothing
     * read) when this source has no byte form: the reader then calls {@link #read}.
     */
    default boolean readBytes(ByteReading reading) {
        return false;
    }

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

    /**
     * Receives a file's records in byte form: first the columns (once, on the calling thread), then each
     * record to one of the {@link ByteRecords} that {@link #part} made. A file is cut into consecutive pieces
     * at record boundaries; each part's records come on one thread, in the file's order (each part sees
     * increasing lines), different parts on different threads at once.
     */
    interface ByteReading {

        /** As {@link Records#columns}. */
        void columns(int line, String[] labels);

        /** How many parts may read at once (1: everything on one thread). */
        int threads();

        /** A new part, for one reading thread (called on the thread that then feeds it). */
        ByteRecords part();
    }

    /** Receives the records of one part of a file, in byte form. */
    interface ByteRecords {

        /**
         * One record at {@code line}: field f ({@link DossierField#ordinal}) is the bytes
         * {@code data[at[2f], at[2f + 1])}, UTF-8, stripped as {@link String#strip} strips, never empty; absent
         * (empty in the file, or no such column) when {@code at[2f] < 0}. Both arrays may be reused by the
         * caller after the call returns.
         */
        void record(int line, byte[] data, int[] at);

        /** As {@link Records#unreadable}. */
        void unreadable(int line, String reason);
    }
}
