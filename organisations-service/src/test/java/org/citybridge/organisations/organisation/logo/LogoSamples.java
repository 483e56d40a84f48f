package org.citybridge.organisations.organisation.logo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Real images made on the fly, so the tests need no binary fixtures. */
public final class LogoSamples {

    public static final String EVIL_SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"
                 onload="alert('onload')">
              <script>alert('script')</script>
              <a xlink:href="javascript:alert('link')"><rect width="5" height="5"/></a>
              <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
              <circle cx="5" cy="5" r="4" fill="url(#g)" onclick="alert('click')" style="fill:red"/>
              <use href="javascript:alert('use')"/>
              <image href="https://tracker.example/pixel.png" width="1" height="1"/>
              <linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient>
              <set attributeName="href" to="javascript:alert('set')"/>
              <!-- a comment -->
            </svg>
            """;

    private LogoSamples() {
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    public static byte[] gif() {
        return image("gif");
    }

    public static byte[] svg(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG signature followed by filler: what counts is the content's start, and its size. */
    public static byte[] pngOfSize(int size) {
        byte[] content = new byte[size];
        System.arraycopy(png(), 0, content, 0, 8);
        return content;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
