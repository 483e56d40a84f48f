package org.citybridge.web.practice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A search snippet as HTML that is safe to insert: the API marks matched words with {@code <mark>} and escapes the
 * rest, but the page does not rely on that. Every piece of text is escaped here (after undoing the API's own
 * escaping, so "&amp;" is not shown as "&amp;amp;"), and only the API's markers become {@code <mark>} elements,
 * balanced even when a snippet was cut inside one.
 */
@Component
public class Highlights {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    private static final Pattern MARKER = Pattern.compile("<mark>|</mark>");

    public String safe(String snippet) {
        if (snippet == null || snippet.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(snippet.length() + 16);
        Matcher marker = MARKER.matcher(snippet);
        boolean open = false;
        int from = 0;
        while (marker.find()) {
            html.append(escape(snippet.substring(from, marker.start())));
            boolean opening = marker.group().equals(OPEN);
            if (opening && !open) {
                html.append(OPEN);
                open = true;
            }
            else if (!opening && open) {
                html.append(CLOSE);
                open = false;
            }
            from = marker.end();
        }
        html.append(escape(snippet.substring(from)));
        if (open) {
            html.append(CLOSE);
        }
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(HtmlUtils.htmlUnescape(text), "UTF-8");
    }
}
