package vn.chitieu.dossier.profile;

import java.math.BigDecimal;
import java.util.Objects;

/** A group of a profile's criteria, worth {@code maxPoints} (the sum of its criteria's), e.g. 20 for "Tiến độ giải quyết". */
public record ProfileGroup(String code, BigDecimal maxPoints, String nameVi, String nameEn) {

    public ProfileGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(maxPoints, "maxPoints of group " + code);
        Objects.requireNonNull(nameVi, "name of group " + code);
        nameEn = nameEn == null ? nameVi : nameEn;
    }

    public String name(String lang) {
        return "en".equals(lang) ? nameEn : nameVi;
    }
}
