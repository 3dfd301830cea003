package vn.chitieu.persistence;

import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.persistence.embedded.StartNotices;

/** Opens the database that {@link StorageSettings} name; for adapters that learn the settings late (CLI options). */
public class StorageOpener {

    /** A slow start of the embedded database said in one line on stderr, in both languages (before --lang is known). */
    public static final StartNotices STDERR = (stage, dir) -> {
        System.err.println(switch (stage) {
            case CREATING -> "đang tạo cơ sở dữ liệu trong " + dir + " (lần đầu, mất vài giây)… / creating the embedded"
                    + " database in " + dir + " (first start, a few seconds)…";
            case STARTING -> "đang khởi động cơ sở dữ liệu… / starting the embedded database…";
        });
        System.err.flush();
    };

    public Database open(StorageSettings settings) {
        return settings.isEmbedded() ? Database.embedded(settings.dataDirectory(), STDERR)
                : Database.external(settings.dbUrl(), null, null, settings.migrate());
    }
}
