package org.citybridge.web.publicpractice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The search's snippets are HTML (escaped text with {@code <mark>} around the matched words). The page shows them
 * as plain text parts, marked or not, which Thymeleaf escapes again: nothing of another service's markup but the
 * marking reaches the page.
 */
final class Snippets {

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Snippets() {
    }

    static List<Part> parts(String html) {
        List<Part> parts = new ArrayList<>();
        if (html == null) {
            return parts;
        }
        Matcher marked = MARK.matcher(html);
        int at = 0;
        while (marked.find()) {
            add(parts, html.substring(at, marked.start()), false);
            add(parts, marked.group(1), true);
            at = marked.end();
        }
        add(parts, html.substring(at), false);
        return parts;
    }

    private static void add(List<Part> parts, String html, boolean marked) {
        String text = HtmlUtils.htmlUnescape(TAG.matcher(html).replaceAll(""));
        if (!text.isEmpty()) {
            parts.add(new Part(text, marked));
        }
    }

    public record Part(String text, boolean marked) {
    }
}
