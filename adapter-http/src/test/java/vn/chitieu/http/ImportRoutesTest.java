package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.persistence.memory.InMemoryStorage;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.StorageTransaction;

/** The HTTP imports go through the same use cases as {@code import units|results} of the CLI. */
class ImportRoutesTest {

    @Test
    void unitsWhoseParentIsStoredAreAcceptedAsTheCliAcceptsThem() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            ApiClient api = server.client();
            new Api(api).loadUnits(Province.UNITS_CSV);

            ApiResponse r = api.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv",
                    "code,name,kind,parent\nea-tieu,Xã Ea Tiêu,COMMUNE,krong-pac\n", Map.of());

            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("inserted").asLong()).isEqualTo(1);
            assertThat(r.json().get("unchanged").asLong()).isZero();
        }
    }

    @Test
    void aUnitWhoseParentIsNeitherInTheFileNorStoredIsRefusedWithItsLine() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            ApiClient api = server.client();
            new Api(api).loadUnits(Province.UNITS_CSV);

            ApiResponse r = api.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv",
                    "code,name,kind,parent\n\nea-tieu,Xã Ea Tiêu,COMMUNE,cu-kuin\n", Map.of());

            assertThat(r.status()).as(r.body()).isEqualTo(400);
            JsonNode error = r.json().get("errors").get(0);
            assertThat(error.get("line").asInt()).isEqualTo(3);
            assertThat(error.get("field").asText()).isEqualTo("parent");
            assertThat(error.get("value").asText()).isEqualTo("cu-kuin");
        }
    }

    /**
     * A refusal decided against storage (here: an indicator storage does not hold) names the line of
     * the body, as the CLI names the line of the file, not the row's rank (2, 3, 4…).
     */
    @Test
    void aResultRefusedAgainstStorageNamesTheLineOfTheBody() {
        try (TestServer server = TestServer.start(withoutStoredIndicator("ON_TIME_RATE"))) {
            ApiClient api = server.client();
            new Api(api).loadUnits(Province.UNITS_CSV);

            ApiResponse r = api.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, "text/csv", """
                    unit,indicator,period,numerator,denominator
                    # Sở Y tế first
                    so-y-te,ONLINE_RATE,2018-Q2,5,10

                    so-y-te,ON_TIME_RATE,2018-Q2,7,10
                    """, Map.of());

            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().get("errors")).hasSize(1);
            JsonNode error = r.json().get("errors").get(0);
            assertThat(error.get("line").asInt()).isEqualTo(5);
            assertThat(error.get("field").asText()).isEqualTo("indicator");
            assertThat(error.get("value").asText()).isEqualTo("ON_TIME_RATE");
        }
    }

    /** The in-memory storage, as if its indicator table lacked {@code code}. */
    private static com.google.inject.Module withoutStoredIndicator(String code) {
        return Modules.override(ServerStorage.inMemory()).with(new AbstractModule() {
            @Provides
            @Singleton
            InMemoryStorage memory() {
                return new InMemoryStorage();
            }

            @Provides
            Storage storage(InMemoryStorage memory) {
                return (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("inTransaction")) {
                                @SuppressWarnings("unchecked")
                                var work = (java.util.function.Function<StorageTransaction, Object>) args[0];
                                return memory.inTransaction(tx -> work.apply(lacking(tx, IndicatorCode.of(code))));
                            }
                            return invoke(memory, method, args);
                        });
            }
        });
    }

    private static StorageTransaction lacking(StorageTransaction tx, IndicatorCode missing) {
        return (StorageTransaction) Proxy.newProxyInstance(StorageTransaction.class.getClassLoader(),
                new Class<?>[] {StorageTransaction.class}, (proxy, method, args) -> {
                    Object answer = invoke(tx, method, args);
                    if (method.getName().equals("unknownIndicators") && ((Set<?>) args[0]).contains(missing)) {
                        var unknown = new java.util.HashSet<IndicatorCode>(castSet(answer));
                        unknown.add(missing);
                        return unknown;
                    }
                    return answer;
                });
    }

    @SuppressWarnings("unchecked")
    private static Set<IndicatorCode> castSet(Object set) {
        return (Set<IndicatorCode>) set;
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
