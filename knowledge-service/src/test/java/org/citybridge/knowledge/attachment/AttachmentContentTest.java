package org.citybridge.knowledge.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AttachmentContentTest {

    @Test
    void knowsPdfPngAndJpegByTheirFirstBytes() {
        assertThat(AttachmentContent.typeOf("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .hasValue("application/pdf");
        assertThat(AttachmentContent.typeOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .hasValue("image/png");
        assertThat(AttachmentContent.typeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .hasValue("image/jpeg");
    }

    @Test
    void refusesTextWhateverItIsCalled() {
        assertThat(AttachmentContent.typeOf("PDF report, honestly".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentContent.typeOf(new byte[] {'%', 'P'})).isEmpty();
        assertThat(AttachmentContent.typeOf(new byte[0])).isEmpty();
    }

    @Test
    void aFileOfTheSignatureAloneIsStillThatType() {
        assertThat(AttachmentContent.typeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).hasValue("image/jpeg");
    }
}
