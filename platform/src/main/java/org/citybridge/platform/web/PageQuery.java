package org.citybridge.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Paging parameters of a list request ({@code ?page=0&size=20}), bounded so that no client can ask
 * for the whole collection at once.
 */
public record PageQuery(@Min(0) Integer page, @Min(1) @Max(MAX_SIZE) Integer size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public Pageable toPageable(Sort sort) {
        return PageRequest.of(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, sort);
    }
}
