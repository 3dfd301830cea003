package vn.chitieu.http;

/**
 * Limits of the HTTP service. JSON bodies are small (a decision header, one target), so they
 * are capped at {@code maxJsonBytes} (64 KiB by default); CSV uploads (a province's units or a
 * quarter's results) at {@code maxCsvBytes} (10 MiB). A list answers at most {@code maxPageSize}
 * items per request.
 */
public record ServerSettings(int maxJsonBytes, int maxCsvBytes, int defaultPageSize, int maxPageSize) {

    public static final int KIB = 1024;

    public ServerSettings {
        if (maxJsonBytes <= 0 || maxCsvBytes <= 0 || defaultPageSize <= 0 || maxPageSize < defaultPageSize) {
            throw new IllegalArgumentException("limits must be positive, and the default page no larger than the maximum");
        }
    }

    public static ServerSettings defaults() {
        return new ServerSettings(64 * KIB, 10 * KIB * KIB, 500, 1000);
    }
}
