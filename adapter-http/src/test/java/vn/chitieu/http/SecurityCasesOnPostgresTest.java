package vn.chitieu.http;

class SecurityCasesOnPostgresTest extends SecurityCases {

    @Override
    StorageKind storage() {
        return StorageKind.POSTGRES;
    }
}
