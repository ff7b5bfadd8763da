package io.newsflow.extractor.metadata;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language of a text when the markup does not say: scripts first (CJK, Cyrillic, Greek, Arabic...),
 * then the share of each language's most frequent short words.
 */
public final class LanguageGuesser {

    /** Texts shorter than this give too few function words to tell languages apart. */
    private static final int MIN_WORDS = 20;
    /** Only the start of the body is read: enough for a verdict, cheap for long pages. */
    private static final int MAX_CHARS = 5000;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern LANG_TAG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?");
    private static final Map<String, Set<String>> STOPWORDS = new HashMap<>();

    static {
        add("en", "the and of to in is that for it was on with as are by be this have from at");
        add("de", "der die und das ist nicht ein eine zu den mit sich des auf für im dem von auch");
        add("fr", "le la les et des est une dans que pour qui pas sur au du avec ce sont");
        add("es", "el la los las que del por una con para es se como más pero sus al");
        add("it", "il di che la per una sono del della non gli le con anche come alla");
        add("pt", "de que não uma os com para por mais como das dos ao pela foi seu");
        add("nl", "de het een van en is dat niet zijn op te voor met ook maar bij");
        add("pl", "się nie na jest że do to jak ale za od czy po przez tak już");
        add("cs", "se na je že to jsou jako ale za od po pro při také nebo být");
        add("sv", "och att det som en på är för med har inte av till den jag");
    }

    private LanguageGuesser() {
    }

    private static void add(String lang, String words) {
        STOPWORDS.put(lang, new HashSet<>(java.util.Arrays.asList(words.split(" "))));
    }

    /** BCP 47 form of a markup language tag ("en_US" becomes "en-US"), or null if it is not one. */
    public static String normalizeTag(String tag) {
        if (tag == null) {
            return null;
        }
        Matcher m = LANG_TAG.matcher(tag.strip());
        if (!m.find()) {
            return null;
        }
        String lang = m.group(1).toLowerCase(Locale.ROOT);
        return m.group(2) == null ? lang : lang + "-" + (m.group(2).length() == 2
                ? m.group(2).toUpperCase(Locale.ROOT) : m.group(2));
    }

    /** Best guess for the text, or null when it is too short to tell. */
    public static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String script = byScript(sample);
        if (script != null) {
            return script;
        }
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(sample.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words++;
            String w = m.group();
            STOPWORDS.forEach((lang, set) -> {
                if (set.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        if (words < MIN_WORDS) {
            return null;
        }
        return hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String byScript(String s) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int cyrillic = 0;
        int greek = 0;
        int arabic = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            switch (sc) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyrillic++;
                case GREEK -> greek++;
                case ARABIC -> arabic++;
                default -> { }
            }
        }
        int half = letters / 2;
        if (kana > letters / 10 && kana + han > half) {
            return "ja";
        }
        if (han > half) {
            return "zh";
        }
        if (hangul > half) {
            return "ko";
        }
        if (cyrillic > half) {
            return "ru";
        }
        if (greek > half) {
            return "el";
        }
        return arabic > half ? "ar" : null;
    }
}
