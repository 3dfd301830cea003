package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.BiFunction;

/** {@code ?offset=&limit=} on every list, with the limit capped by {@link ServerSettings#maxPageSize()}. */
public final class Paging {

    private final ServerSettings settings;

    @Inject
    public Paging(ServerSettings settings) {
        this.settings = settings;
    }

    public <T> PageJson<T> page(Context ctx, List<T> all) {
        return page(ctx, all.size(), (offset, limit) -> all.subList(offset, Math.min(all.size(), offset + limit)));
    }

    /** The page the request asks for, read by storage itself: {@code fetch(offset, limit)}. */
    public <T> PageJson<T> page(Context ctx, long total, BiFunction<Integer, Integer, List<T>> fetch) {
        Request request = request(ctx);
        List<T> items = request.offset() >= total ? List.of() : fetch.apply(request.offset(), request.limit());
        return new PageJson<>(List.copyOf(items), (int) Math.min(total, Integer.MAX_VALUE), request.offset(), request.limit());
    }

    /** {@code ?offset=&limit=}, checked: 400 naming the parameter. */
    public Request request(Context ctx) {
        int offset = number(ctx, "offset", 0);
        int limit = number(ctx, "limit", settings.defaultPageSize());
        if (limit < 1 || limit > settings.maxPageSize()) {
            throw HttpProblem.badField("limit", "between 1 and " + settings.maxPageSize() + ", not " + limit);
        }
        if (offset < 0) {
            throw HttpProblem.badField("offset", "cannot be negative");
        }
        return new Request(offset, limit);
    }

    /** Where a page starts and how long it is at most. */
    public record Request(int offset, int limit) {
    }

    private static int number(Context ctx, String name, int otherwise) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw HttpProblem.badField(name, "not a whole number: '" + text + "'");
        }
    }
}
