package org.citybridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

class MalformedRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"page=1&size=20", "q=m%C3%BCnster", "q=caf%c3%a9+bar", "q=a%2Bb", "sort=name,asc",
        "with=x&with=y", "q=", "flag", "&&page=1&", "q=%E2%82%AC", "a.b_c-d=1"})
    void wellFormedQueriesPass(String query) {
        assertThat(MalformedRequests.problemInQuery(query)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x=%ff", "%ff=1", "x=%c3", "x=%c3%28", "x=%e2%82", "x=%zz", "x=%2", "x=%", "x=%ed%a0%80",
        "x=%c0%af"})
    void aQueryThatIsNotPercentEncodedUtf8IsMalformed(String query) {
        assertThat(MalformedRequests.problemInQuery(query)).isEqualTo("the query string is not percent-encoded UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q%5B%24regex%5D=.*", "q[$ne]=1", "page%5B%5D=1", "=1", "a%20b=1", "%24where=1",
        "x12345678901234567890123456789012345678901234567890123456789012345=1"})
    void parameterNamesAreWords(String query) {
        assertThat(MalformedRequests.problemInQuery(query)).startsWith("query parameter names are");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%00", "q=a%0Ab", "q=%7F", "q=%C2%85"})
    void controlCharactersInValuesAreMalformed(String query) {
        assertThat(MalformedRequests.problemInQuery(query)).isEqualTo("query parameter q contains a control character");
    }

    @Test
    void headersWithControlCharactersAreMalformedTabsAndLettersAreNot() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept", "application/json");
        request.addHeader("X-Name", "M\u00c3\u00bcnster\twith a tab");
        assertThat(MalformedRequests.problemInHeaders(request)).isNull();

        request.addHeader("X-Price", "5 \u00e2\u0082\u00ac");
        assertThat(MalformedRequests.problemInHeaders(request)).isEqualTo("header X-Price contains a control character");
    }

    @Test
    void aQueryProblemIsReportedBeforeAHeaderProblem() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setQueryString("x=%ff");
        request.addHeader("X-Price", "\u0085");

        assertThat(MalformedRequests.problemIn(request)).contains("query string");
    }

    @Test
    void printableReplacesWhatCouldForgeALogLineAndShortensLongText() {
        assertThat(MalformedRequests.printable("/a\r\nINFO forged\u00e9")).isEqualTo("/a??INFO forged?");
        assertThat(MalformedRequests.printable("x".repeat(100))).hasSize(65).endsWith("…");
    }

    @Test
    void malformedInputIsRecognisedAmongTheCausesAndNothingElseIs() {
        assertThat(MalformedRequests.isMalformedInput(new RequestRejectedException("header"))).isTrue();
        assertThat(MalformedRequests.isMalformedInput(
                new IllegalStateException(new InvalidPropertyException(Object.class, "q[$regex]", "no")))).isTrue();
        assertThat(MalformedRequests.isMalformedInput(new IllegalArgumentException("our own bug"))).isFalse();
        assertThat(MalformedRequests.isMalformedInput(new HttpMessageNotReadableException("x",
                new MockHttpInputMessage(new byte[0])))).isFalse();
    }

    @Test
    void aBodyTooLargeIsFoundThroughWrappers() {
        BodyTooLargeException tooLarge = new BodyTooLargeException(10);

        assertThat(BodyTooLargeException.in(new RuntimeException(new IllegalStateException(tooLarge))))
                .isSameAs(tooLarge);
        assertThat(BodyTooLargeException.in(new RuntimeException("other"))).isNull();
        assertThat(tooLarge.limit()).isEqualTo(10);
    }
}
