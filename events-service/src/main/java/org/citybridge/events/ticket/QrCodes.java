package org.citybridge.events.ticket;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of ticket secrets. Error correction M (15 %) survives a scratched print or a cracked phone
 * screen and keeps the code small enough for door scanners; two modules of quiet zone, which the
 * white of a badge or a page adds to.
 */
public final class QrCodes {

    private QrCodes() {
    }

    public static BufferedImage image(String content, int pixels) {
        return MatrixToImageWriter.toBufferedImage(matrix(content, pixels));
    }

    public static byte[] png(String content, int pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix(content, pixels), "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One bit per module, quiet zone included: for drawing the code as vector shapes (badges). */
    public static BitMatrix modules(String content) {
        return matrix(content, 0);
    }

    private static BitMatrix matrix(String content, int pixels) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, pixels, pixels,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalStateException("A ticket secret too long for a QR code", e);
        }
    }
}
