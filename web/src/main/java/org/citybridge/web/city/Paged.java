package org.citybridge.web.city;

import java.util.List;

/** One page of a list as the API answers it: {@code {"items", "page", "size", "total"}}. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public Paged {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public int pages() {
        return size <= 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
