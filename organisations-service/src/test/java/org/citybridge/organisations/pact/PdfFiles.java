package org.citybridge.organisations.pact;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** Reads PDFs back as a reader would (their text, their pictures), and makes small PNG logos. */
public final class PdfFiles {

    private PdfFiles() {
    }

    public static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** The document language a PDF declares (its catalog's /Lang), or null. */
    public static String language(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfObject language = reader.getCatalog().get(PdfName.LANG);
            return language == null ? null : ((PdfString) language).toUnicodeString();
        } finally {
            reader.close();
        }
    }

    public static int images(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            int images = 0;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
                if (objects != null) {
                    for (PdfName name : objects.getKeys()) {
                        PdfDictionary object = objects.getAsStream(name);
                        if (object != null && PdfName.IMAGE.equals(object.getAsName(PdfName.SUBTYPE))) {
                            images++;
                        }
                    }
                }
            }
            return images;
        } finally {
            reader.close();
        }
    }

    public static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(200, 30, 60));
        graphics.fillRect(0, 0, 40, 20);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
