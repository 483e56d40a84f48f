package org.citybridge.platform.documents;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a generated document in its language: a service keeps them in
 * {@code documents/labels_nl.properties}, {@code _de} and {@code _en} (UTF-8, {@link MessageFormat}
 * patterns), with two patterns for dates, {@code date} and {@code dateTime}. Content (titles, texts
 * people wrote) is not translated here: {@link #marked} says which language it is in where that is
 * not the document's.
 */
public final class DocumentLabels {

    private static final String BUNDLE = "documents/labels";

    private final DocumentLanguage language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private DocumentLabels(DocumentLanguage language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
        this.date = DateTimeFormatter.ofPattern(bundle.getString("date"), language.locale());
        this.dateTime = DateTimeFormatter.ofPattern(bundle.getString("dateTime"), language.locale())
                .withZone(ZoneOffset.UTC);
    }

    /** The service's labels in that language; a missing bundle fails at once rather than printing keys. */
    public static DocumentLabels in(DocumentLanguage language) {
        // Without a fallback the JVM's default locale never picks the bundle: each language has its own file.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new DocumentLabels(language, bundle);
    }

    public DocumentLanguage language() {
        return language;
    }

    /**
     * The label, with its arguments filled in ({@code {0}}, {@code {1}}, ...). Every label is a
     * {@link MessageFormat} pattern, with or without arguments, so an apostrophe is written twice ({@code ''}).
     */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    /** "1 december 2026", "1. Dezember 2026", "1 December 2026"; empty for no date. */
    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** An instant's day (in UTC, as the network's records are) in the same words. */
    public String date(TemporalAccessor instant) {
        return instant == null ? "" : date.withZone(ZoneOffset.UTC).format(instant);
    }

    /** An instant with its time of day, in UTC. */
    public String dateTime(TemporalAccessor instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /**
     * Content written in {@code written} as this document prints it: unchanged when it is the document's
     * language (or unknown), else followed by its language, "Integratiepact Almelo (NL)".
     */
    public String marked(String text, DocumentLanguage written) {
        if (text == null || text.isBlank() || written == null || written == language) {
            return text;
        }
        return text + " " + mark(written);
    }

    /** The same for a language named by its code, also one documents are not written in: "Conseils (FR)". */
    public String marked(String text, String writtenIn) {
        if (text == null || text.isBlank() || writtenIn == null || writtenIn.isBlank()
                || writtenIn.strip().equalsIgnoreCase(language.code())) {
            return text;
        }
        return text + " (" + writtenIn.strip().toUpperCase(Locale.ROOT) + ")";
    }

    /** "(NL)": the mark after text in another language than the document's. */
    public static String mark(DocumentLanguage written) {
        return "(" + written.name() + ")";
    }
}
