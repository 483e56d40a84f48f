package org.citybridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

class RequestBodyLimitFilterTest {

    private static final int LIMIT = 100;

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(LIMIT,
            new ProblemResponses(JsonMapper.builder().build()));
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final AtomicInteger bytesRead = new AtomicInteger(-1);

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutCallingTheChain() throws Exception {
        MockHttpServletRequest request = json(new byte[LIMIT + 1]);

        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });

        assertRefused();
    }

    @Test
    void aBodyOfUnknownLengthIsCutOffAtTheLimitAndRefused() throws Exception {
        filter.doFilter(chunked(new byte[LIMIT + 1]), response, readAll());

        assertRefused();
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws Exception {
        filter.doFilter(chunked(new byte[LIMIT]), response, readAll());

        assertThat(bytesRead).hasValue(LIMIT);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void theReaderIsCountedLikeTheStream() throws Exception {
        filter.doFilter(chunked("x".repeat(LIMIT + 1).getBytes()), response,
                (req, res) -> bytesRead.set(req.getReader().read(new char[LIMIT * 2])));

        assertRefused();
    }

    @Test
    void multipartUploadsKeepTheirOwnLimits() throws Exception {
        MockHttpServletRequest request = json(new byte[LIMIT * 10]);
        request.setContentType("Multipart/form-data; boundary=x");

        filter.doFilter(request, response, readAll());

        assertThat(bytesRead).hasValue(LIMIT * 10);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aLimitMetAfterTheAnswerWasCommittedIsPassedOn() {
        FilterChain commitsThenReads = (req, res) -> {
            res.flushBuffer();
            req.getInputStream().readAllBytes();
        };

        assertThatThrownBy(() -> filter.doFilter(chunked(new byte[LIMIT + 1]), response, commitsThenReads))
                .isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void otherFailuresArePassedOnUntouched() {
        FilterChain fails = (req, res) -> {
            throw new IOException("client went away");
        };

        assertThatThrownBy(() -> filter.doFilter(chunked(new byte[1]), response, fails))
                .hasMessage("client went away");
    }

    private FilterChain readAll() {
        return (req, res) -> bytesRead.set(req.getInputStream().readAllBytes().length);
    }

    private void assertRefused() throws Exception {
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(response.getContentAsString()).contains("\"status\":413").contains("100 bytes");
    }

    private static MockHttpServletRequest json(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/widgets");
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }

    /** As Tomcat shows a chunked body: no length until it has been read. */
    private static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/widgets") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }
}
