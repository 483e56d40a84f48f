package org.citybridge.organisations.organisation.logo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.citybridge.platform.web.PayloadTooLargeException;
import org.citybridge.platform.web.UnsupportedMediaTypeException;
import org.junit.jupiter.api.Test;

class LogoContentTest {

    @Test
    void recognisesPngJpegAndSvgByTheirContent() {
        assertThat(LogoContent.inspect(LogoSamples.png()).contentType()).isEqualTo("image/png");
        assertThat(LogoContent.inspect(LogoSamples.jpeg()).contentType()).isEqualTo("image/jpeg");
        assertThat(LogoContent.inspect(LogoSamples.svg("<svg xmlns='http://www.w3.org/2000/svg'/>")).contentType())
                .isEqualTo("image/svg+xml");
    }

    @Test
    void refusesOtherContentWhateverItClaimsToBe() {
        assertThatThrownBy(() -> LogoContent.inspect(LogoSamples.gif())).isInstanceOf(UnsupportedMediaTypeException.class);
        assertThatThrownBy(() -> LogoContent.inspect("just text, named logo.png".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedMediaTypeException.class);
        assertThatThrownBy(() -> LogoContent.inspect(LogoSamples.svg("<html><body>not svg</body></html>")))
                .isInstanceOf(UnsupportedMediaTypeException.class);
        assertThatThrownBy(() -> LogoContent.inspect(LogoSamples.svg("<svg><unclosed></svg>")))
                .isInstanceOf(UnsupportedMediaTypeException.class);
    }

    @Test
    void refusesMoreThanOneMebibyte() {
        assertThat(LogoContent.inspect(LogoSamples.pngOfSize(LogoContent.MAX_BYTES)).content())
                .hasSize(LogoContent.MAX_BYTES);
        assertThatThrownBy(() -> LogoContent.inspect(LogoSamples.pngOfSize(LogoContent.MAX_BYTES + 1)))
                .isInstanceOf(PayloadTooLargeException.class);
    }
}
