package vn.chitieu.http;

class SecurityCasesInMemoryTest extends SecurityCases {

    @Override
    StorageKind storage() {
        return StorageKind.MEMORY;
    }
}
