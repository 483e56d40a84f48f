package org.citybridge.platform.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.citybridge.platform.web.InvalidFieldException;

/**
 * The languages generated documents (PDFs, exports) are written in, and how a request chooses one:
 * {@code ?lang=} when given, else the first of them the request's {@code Accept-Language} accepts, else
 * the document's own language (the language its content is written in).
 */
public enum DocumentLanguage {

    NL, DE, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language of a code such as {@code nl}, {@code de-AT} or {@code EN}; empty for any other. */
    public static Optional<DocumentLanguage> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        for (DocumentLanguage candidate : values()) {
            if (candidate.code().equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The first language a content's list of languages (a city's, say) names that documents know. */
    public static Optional<DocumentLanguage> firstOf(List<String> codes) {
        return codes == null ? Optional.empty()
                : codes.stream().map(DocumentLanguage::of).flatMap(Optional::stream).findFirst();
    }

    /**
     * @param lang           the request's {@code lang} parameter; a value other than nl, de or en answers 400,
     *                       so a typo is not silently printed in another language
     * @param acceptLanguage the request's {@code Accept-Language} header, as sent
     * @param own            the document's own language
     */
    public static DocumentLanguage choose(String lang, String acceptLanguage, DocumentLanguage own) {
        if (lang != null) {
            return of(lang).orElseThrow(() -> new InvalidFieldException("lang", "must be one of nl, de, en"));
        }
        return accepted(acceptLanguage).orElse(own);
    }

    /** The first of nl, de, en the header accepts, by its weights; an unreadable header counts as none. */
    static Optional<DocumentLanguage> accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        // parse() orders by weight and drops q=0; a wildcard says nothing about which language.
        return ranges.stream().map(Locale.LanguageRange::getRange).filter(range -> !range.startsWith("*"))
                .map(DocumentLanguage::of).flatMap(Optional::stream).findFirst();
    }
}
