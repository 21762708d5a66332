package org.clientcost.reports;

/** Minimal HTML building: escaping, and a string builder that appends escaped text by default. */
final class Html {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Decodes the few entities Gatling writes into names and dates. */
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&mdash;", "\u2014").replace("&amp;", "&");
    }

    /** Appends markup as is: only for literals written in this module, never for data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends data as escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag attrs>escaped text</tag>}. */
    Html element(String tag, String attrs, String text) {
        out.append('<').append(tag);
        if (!attrs.isEmpty()) {
            out.append(' ').append(attrs);
        }
        out.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** {@code name="escaped value"}. */
    static String attr(String name, String value) {
        return name + "=\"" + escape(value) + "\"";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
