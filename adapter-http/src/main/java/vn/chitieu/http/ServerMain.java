package vn.chitieu.http;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.javalin.util.JavalinBindException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.chitieu.persistence.DatabaseRefusal;
import vn.chitieu.persistence.StorageSettings;
import vn.chitieu.persistence.embedded.EmbeddedDatabase;

/**
 * {@code java -jar chitieu-server.jar [--port N] [--db-url URL | --data-dir DIR]}: the composition
 * root of the HTTP service. Starts the storage (embedded PostgreSQL in {@code ./chitieu-data} by
 * default), makes sure there is an admin token, serves until stopped (Ctrl-C, SIGTERM), then
 * finishes the requests in flight; the persistence module closes the database.
 */
@Command(name = "chitieu-server", mixinStandardHelpOptions = true, version = "chitieu-server 0.1",
        description = "The chitieu HTTP API (see /docs once it runs).")
public final class ServerMain implements Callable<Integer> {

    @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE}; 0 for any free port)", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "address to listen on (default ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--db-url", description = "PostgreSQL JDBC URL (jdbc:postgresql://…); without it an embedded PostgreSQL is used")
    String dbUrl;

    @Option(names = "--data-dir", description = "data directory of the embedded PostgreSQL (default ./chitieu-data)")
    Path dataDir;

    @Option(names = "--migrate", description = "apply pending schema migrations to the database at --db-url")
    boolean migrate;

    @Option(names = "--in-memory", description = "keep everything in memory (lost on exit); for trying the API")
    boolean inMemory;

    public static void main(String[] args) {
        int code = new CommandLine(new ServerMain()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Module storage = inMemory ? ServerStorage.inMemory() : ServerStorage.postgres(dbUrl == null
                ? StorageSettings.embedded(dataDir == null ? EmbeddedDatabase.DEFAULT_DATA_DIRECTORY : dataDir)
                : StorageSettings.url(dbUrl, migrate));
        Injector injector;
        Optional<String> generated;
        try {
            injector = Guice.createInjector(new HttpModule(ServerSettings.defaults()), storage);
            // the first to need the database: it opens here
            generated = injector.getInstance(AdminBootstrap.class).ensureAdmin(System.getenv(AdminBootstrap.ENV));
        } catch (RuntimeException e) {
            Optional<AdminBootstrap.WeakSecret> weak = cause(e, AdminBootstrap.WeakSecret.class);
            if (weak.isPresent()) {
                System.err.println("error: " + weak.get().getMessage()); // a setting to fix: one line, no trace
                return 2;
            }
            Optional<DatabaseRefusal> refusal = cause(e, DatabaseRefusal.class);
            if (refusal.isEmpty()) {
                throw e;
            }
            // the storage cannot be used as asked (in use, behind): the message says what to do
            System.err.println("error: " + refusal.get().getMessage());
            return 1;
        }
        HttpServer server;
        try {
            server = injector.getInstance(HttpServer.class).start(host, port);
        } catch (RuntimeException e) {
            if (cause(e, BindException.class).isEmpty() && cause(e, JavalinBindException.class).isEmpty()) {
                throw e;
            }
            // one line, no trace; exiting runs the hook that closes the database
            System.err.println("error: cannot listen on " + host + ":" + port
                    + ": the address is in use (another server?) or not available here; give another --port or --host");
            return 1;
        }
        generated.ifPresent(secret -> System.out.println("""
                No %s was set, so an admin token was generated. It is shown this once; keep it:
                  %s
                """.formatted(AdminBootstrap.ENV, secret)));
        System.out.println("chitieu server listening on http://" + host + ":" + server.port()
                + " (storage: " + injector.getInstance(DatabaseHealth.class).kind() + "; API docs at /docs)");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "chitieu-server-stop"));
        stopped.await();
        return 0;
    }

    /** The first {@code type} in the causes of {@code e} (behind Guice's or Javalin's wrapping), if any. */
    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
