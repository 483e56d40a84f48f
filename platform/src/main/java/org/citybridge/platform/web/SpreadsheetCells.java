package org.citybridge.platform.web;

/** What every CSV export of the suite does to a cell before a spreadsheet opens it. */
public final class SpreadsheetCells {

    /** Excel reads a CSV without it in the machine's legacy code page and garbles names such as "Münster". */
    public static final char BOM = '\uFEFF';
    private static final String FORMULA_START = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /**
     * A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1+cmd|...", "@SUM(...)") gets a
     * leading apostrophe, so it is shown as the text it is (OWASP's advice on CSV injection).
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
