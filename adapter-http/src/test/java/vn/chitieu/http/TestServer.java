package vn.chitieu.http;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import vn.chitieu.persistence.embedded.Database;

/**
 * The real server on a random port of 127.0.0.1, over the storage that {@code storage} binds,
 * with a known admin token; closes it when the test is done.
 */
final class TestServer implements AutoCloseable {

    static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";
    private static final OpenApiContract CONTRACT = OpenApiContract.load();

    private final Injector injector;
    private final HttpServer server;
    private final ApiClient client;

    private TestServer(Injector injector, HttpServer server) {
        this.injector = injector;
        this.server = server;
        this.client = new ApiClient(server.port(), CONTRACT);
    }

    static TestServer start(Module storage) {
        return start(storage, ServerSettings.defaults());
    }

    static TestServer start(Module storage, ServerSettings settings) {
        Injector injector = Guice.createInjector(new HttpModule(settings), storage);
        injector.getInstance(AdminBootstrap.class).ensureAdmin(ADMIN_TOKEN);
        HttpServer server = injector.getInstance(HttpServer.class).start("127.0.0.1", 0);
        return new TestServer(injector, server);
    }

    ApiClient client() {
        return client;
    }

    HttpServer server() {
        return server;
    }

    <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    static OpenApiContract contract() {
        return CONTRACT;
    }

    /** Stops the server, then closes the database (if any), so that the next server can open its directory. */
    @Override
    public void close() {
        server.stop();
        if (injector.getExistingBinding(Key.get(Database.class)) != null) {
            injector.getInstance(Database.class).close();
        }
    }
}
