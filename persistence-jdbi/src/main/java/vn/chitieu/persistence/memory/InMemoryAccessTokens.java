package vn.chitieu.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.chitieu.access.AccessToken;
import vn.chitieu.port.out.AccessTokens;

/** Tokens kept in memory: for tests and for a server started without a database. */
public final class InMemoryAccessTokens implements AccessTokens {

    private final Map<String, AccessToken> byId = new ConcurrentHashMap<>();

    @Override
    public void save(AccessToken token) {
        byId.put(token.id(), token);
    }

    @Override
    public Optional<AccessToken> findByHash(String hash) {
        return byId.values().stream().filter(t -> t.hash().equals(hash)).findFirst();
    }

    @Override
    public Optional<AccessToken> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<AccessToken> list() {
        List<AccessToken> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(AccessToken::createdAt).thenComparing(AccessToken::id));
        return all;
    }
}
