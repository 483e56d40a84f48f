package org.citybridge.web.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Content in the reader's language where a translation exists, else as written, marked with its language.
 * Templates call it as {@code ${@texts.pick(congress.title)}} and show the result with the {@code text}
 * fragment (layout.html).
 */
@Component("texts")
public class Texts {

    /** From a map of language to text (congresses, sessions, venues). */
    public Localised pick(Map<String, String> texts) {
        if (texts == null || texts.isEmpty()) {
            return new Localised("", reader(), false);
        }
        String reader = reader();
        String text = texts.get(reader);
        if (text != null && !text.isBlank()) {
            return new Localised(text, reader, false);
        }
        for (String language : order()) {
            String other = texts.get(language);
            if (other != null && !other.isBlank()) {
                return new Localised(other, language, true);
            }
        }
        Map.Entry<String, String> any = texts.entrySet().iterator().next();
        return new Localised(any.getValue(), any.getKey(), !reader.equals(any.getKey()));
    }

    /** A text written in one language (a practice, an organisation's description). */
    public Localised as(String text, String language) {
        String written = language == null || language.isBlank() ? reader() : language.toLowerCase(Locale.ROOT);
        return new Localised(text == null ? "" : text, written, !written.equals(reader()));
    }

    /** The reader's language: nl, de or en. */
    public String reader() {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return Languages.SUPPORTED.contains(language) ? language : "en";
    }

    // When the reader's language is missing: the network's working languages, Dutch first (two of three cities).
    private static List<String> order() {
        return List.of("nl", "en", "de");
    }
}
