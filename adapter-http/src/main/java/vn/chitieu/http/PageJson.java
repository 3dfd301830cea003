package vn.chitieu.http;

import java.util.List;

/** One page of a list: the items, how many there are in all, and where this page starts. */
public record PageJson<T>(List<T> items, int total, int offset, int limit) {
}
