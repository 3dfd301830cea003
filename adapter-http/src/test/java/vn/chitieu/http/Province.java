package vn.chitieu.http;

/**
 * A small province as units.csv: two departments, two districts with two communes each. Names
 * as the seeds print them (Đắk Lắk 2022).
 */
final class Province {

    static final String UNITS_CSV = """
            code,name,kind,parent,aliases
            dak-lak,Tỉnh Đắk Lắk,PROVINCE,,
            so-tttt,Sở Thông tin và Truyền thông,DEPARTMENT,dak-lak,Sở TT&TT
            so-y-te,Sở Y tế,DEPARTMENT,dak-lak,
            krong-pac,Huyện Krông Pắc,DISTRICT,dak-lak,
            ea-kly,Xã Ea Kly,COMMUNE,krong-pac,
            ea-phe,Xã Ea Phê,COMMUNE,krong-pac,
            ea-sup,Huyện Ea Súp,DISTRICT,dak-lak,
            ea-le,Xã Ea Lê,COMMUNE,ea-sup,
            ea-rok,Xã Ea Rốk,COMMUNE,ea-sup,
            """;

    private Province() {
    }
}
