package vn.chitieu.http;

import com.google.inject.AbstractModule;
import java.util.List;
import java.util.Optional;
import vn.chitieu.persistence.memory.InMemoryAccessTokens;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/** In-memory storage for the tests, with a small province: two districts, a commune in each. */
final class MemoryStorage extends AbstractModule {

    static final UnitTree PROVINCE = UnitTree.of(List.of(
            new Unit(UnitCode.of("dak-lak"), "Tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("krong-pac"), "Huyện Krông Pắc", UnitKind.DISTRICT, UnitCode.of("dak-lak")),
            new Unit(UnitCode.of("ea-kly"), "Xã Ea Kly", UnitKind.COMMUNE, UnitCode.of("krong-pac")),
            new Unit(UnitCode.of("ea-sup"), "Huyện Ea Súp", UnitKind.DISTRICT, UnitCode.of("dak-lak")),
            new Unit(UnitCode.of("ea-le"), "Xã Ea Lê", UnitKind.COMMUNE, UnitCode.of("ea-sup"))));

    @Override
    protected void configure() {
        bind(AccessTokens.class).toInstance(new InMemoryAccessTokens());
        bind(Units.class).toInstance(new Units() {
            @Override
            public UnitTree tree() {
                return PROVINCE;
            }

            @Override
            public Optional<Unit> find(UnitCode code) {
                return PROVINCE.find(code);
            }
        });
        bind(DatabaseHealth.class).toInstance(new DatabaseHealth() {
            @Override
            public String kind() {
                return "in-memory";
            }

            @Override
            public boolean isUp() {
                return true;
            }
        });
    }
}
