package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.http.Context;
import java.util.List;

/** {@code ?offset=&limit=} on every list, with the limit capped by {@link ServerSettings#maxPageSize()}. */
public final class Paging {

    private final ServerSettings settings;

    @Inject
    public Paging(ServerSettings settings) {
        this.settings = settings;
    }

    public <T> PageJson<T> page(Context ctx, List<T> all) {
        int offset = number(ctx, "offset", 0);
        int limit = number(ctx, "limit", settings.defaultPageSize());
        if (limit < 1 || limit > settings.maxPageSize()) {
            throw HttpProblem.badField("limit", "between 1 and " + settings.maxPageSize() + ", not " + limit);
        }
        if (offset < 0) {
            throw HttpProblem.badField("offset", "cannot be negative");
        }
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new PageJson<>(List.copyOf(all.subList(from, to)), all.size(), offset, limit);
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
