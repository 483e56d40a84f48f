package org.citybridge.platform.web;

import java.util.List;
import java.util.function.Function;

/** The one page shape of every list in every service. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageResponse<T> of(org.springframework.data.domain.Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
