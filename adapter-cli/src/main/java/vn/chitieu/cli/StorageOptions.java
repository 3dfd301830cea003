package vn.chitieu.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.chitieu.persistence.StorageSettings;

/** Where {@code import}, {@code export} and {@code score} store: {@code --db-url}, or the embedded database in {@code --data-dir}. */
public final class StorageOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "A PostgreSQL database (jdbc:postgresql://host:port/db?user=…&password=…). "
                    + "Without it, the embedded database in --data-dir is used.")
    private String dbUrl;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the embedded database (default: ./chitieu-data); it survives restarts.")
    private Path dataDir;

    @Option(names = "--migrate",
            description = "Apply pending schema migrations to the --db-url database (the embedded one is always migrated).")
    private boolean migrate;

    /** Whether the user named a store ({@code --db-url} or {@code --data-dir}); {@code score} then scores stored data. */
    public boolean given() {
        return dbUrl != null || dataDir != null;
    }

    public StorageSettings settings() {
        if (dbUrl != null && dataDir != null) {
            throw new ParameterException(mixee.commandLine(), "give --db-url or --data-dir, not both");
        }
        return new StorageSettings(dbUrl, dataDir, migrate);
    }
}
