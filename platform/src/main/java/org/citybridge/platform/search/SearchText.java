package org.citybridge.platform.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search that ignores case and diacritics ("munster" finds "Münster"). The embedded store has no text
 * index, so a searchable document keeps its text in this normalised form (an organisation its name)
 * and a search matches the normalised query against it as a literal substring.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cntrl}]+");

    private SearchText() {
    }

    /** Decomposed (NFD), without combining marks, lower-case, single spaces (control characters count as space). */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * A regular expression matching {@code literal} as is. Every ASCII character other than a letter,
     * digit or space gets a backslash, which is a literal in both Java's and MongoDB's (PCRE) dialects;
     * unlike {@code \Q...\E} it does not depend on how the server treats quoting. A control character is
     * written as {@code \xHH}: a NUL would end the pattern's BSON string and fail the whole query.
     */
    public static String literalRegex(String literal) {
        StringBuilder regex = new StringBuilder(literal.length() * 2);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            boolean plain = c > 127 || Character.isLetterOrDigit(c) || c == ' ';
            if (Character.isISOControl(c) && c < 128) {
                regex.append(String.format("\\x%02x", (int) c));
                continue;
            }
            if (!plain) {
                regex.append('\\');
            }
            regex.append(c);
        }
        return regex.toString();
    }
}
