package io.newsflow.ingest.support;

import java.util.Random;

/**
 * Article pages for tests, each with its own text (random words from a seed), so the near-duplicate
 * detection does not link unrelated test pages: two seeds give unrelated bodies, the same seed the same.
 */
public final class Articles {

    private static final String[] WORDS = ("minister council budget river harbour school teacher winter storm "
            + "election market bridge railway hospital doctor farmer village museum painter concert festival "
            + "company worker union strike court judge police station airport runway factory energy solar wind "
            + "coast island fisher boat library student science research vaccine climate forest mountain road "
            + "mayor citizen parliament vote tax pension housing rent price bread coffee garden park stadium "
            + "team coach player season trophy league match goal night morning report letter witness").split(" ");

    private Articles() {
    }

    /** The article body: 6 paragraphs of about 60 words. */
    public static String body(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            text.append("<p>");
            for (int sentence = 0; sentence < 5; sentence++) {
                int words = 9 + random.nextInt(6);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    text.append(w == words - 1 ? ". " : " ");
                }
            }
            text.append("</p>\n");
        }
        return text.toString();
    }

    public static String title(long seed) {
        return "Story number " + seed + " about the " + WORDS[(int) (Math.abs(seed) % WORDS.length)];
    }

    /** A news page around the article of {@code seed}. */
    public static String page(long seed) {
        return page(seed, null, "");
    }

    /**
     * @param canonical the rel=canonical URL, or null for none
     * @param extra     more HTML inside the article after the body (a syndication credit, say)
     */
    public static String page(long seed, String canonical, String extra) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title(seed) + "</title>"
                + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">")
                + "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
                + "<main><article><h1>" + title(seed) + "</h1>" + body(seed) + extra + "</article></main>"
                + "<footer><p>Copyright The Test Gazette</p></footer></body></html>";
    }
}
