package org.citybridge.platform.web;

import java.text.Normalizer;
import java.util.Locale;

/** File names for documents the suite hands out (PDF, CSV), readable and safe in any file system. */
public final class DownloadNames {

    private static final int MOST = 80;

    private DownloadNames() {
    }

    /**
     * "Integratiepact KleurRijk Almelo 2011-2014" becomes {@code integratiepact-kleurrijk-almelo-2011-2014}
     * plus the suffix: accents dropped, anything else a hyphen, at most 80 characters; {@code fallback}
     * when nothing is left.
     */
    public static String of(String title, String fallback, String suffix) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MOST) {
            slug = slug.substring(0, MOST).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? fallback : slug) + suffix;
    }
}
