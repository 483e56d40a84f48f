package org.citybridge.web.organise;

import java.util.List;

/** One page of a list as every service answers it ({@code ?page=&size=}). */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
