package org.citybridge.events.ticket;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code back as a scanner would, from a PNG or a rendered page. Like a phone at the door it
 * looks again, turned a quarter and with another threshold, when the first look finds nothing: ZXing's
 * finder misses about one code in a hundred of perfectly drawn ones at the first look (seen with random
 * ticket secrets), which says nothing about the code.
 */
public final class QrDecoding {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private QrDecoding() {
    }

    public static String decode(byte[] png) {
        try {
            return decode(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String decode(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        Exception last = null;
        for (int quarterTurns = 0; quarterTurns < 4; quarterTurns++) {
            for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
                try {
                    return new QRCodeReader().decode(new BinaryBitmap(binarizer), HINTS).getText();
                } catch (NotFoundException | ChecksumException | FormatException e) {
                    last = e;
                }
            }
            source = source.rotateCounterClockwise();
        }
        throw new AssertionError("No readable QR code in the image", last);
    }
}
