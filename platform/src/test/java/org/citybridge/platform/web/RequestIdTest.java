package org.citybridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Every request carries an id, the caller's when it is a sane one, into the logs and back in the answer. */
class RequestIdTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void aSaneIdFromTheCallerIsKeptForTheRequestAndReturned() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/widgets");
        request.addHeader(RequestId.HEADER, "abc-123");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> during = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) -> during.set(RequestId.currentOrNew()));

        assertThat(during.get()).isEqualTo("abc-123");
        assertThat(response.getHeader(RequestId.HEADER)).isEqualTo("abc-123");
        assertThat(RequestId.current()).as("forgotten after the request").isNull();
    }

    @Test
    void anInsaneIdIsReplacedByANewOne() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/widgets");
        request.addHeader(RequestId.HEADER, "<script>");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> { });

        assertThat(response.getHeader(RequestId.HEADER)).isNotBlank().isNotEqualTo("<script>");
    }

    @Test
    void outsideARequestEachAskGetsAFreshId() {
        MDC.remove(RequestId.MDC_KEY);

        String first = RequestId.currentOrNew();

        assertThat(first).hasSize(36);
        assertThat(RequestId.currentOrNew()).isNotEqualTo(first);
        assertThat(RequestId.acceptOrGenerate(null)).hasSize(36);
        assertThat(RequestId.acceptOrGenerate("x".repeat(64))).isEqualTo("x".repeat(64));
        assertThat(RequestId.acceptOrGenerate("x".repeat(65))).hasSize(36);
    }
}
