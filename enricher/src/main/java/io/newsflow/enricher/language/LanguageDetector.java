package io.newsflow.enricher.language;

import java.util.List;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;

/** BCP 47 language of a text, with Tika's Optimaize n-gram detector (about 70 languages). Thread-safe. */
public final class LanguageDetector {

    /** Returned when the text is too short or too mixed to tell (BCP 47 "undetermined"). */
    public static final String UNDETERMINED = "und";

    /** The detector settles long before this (a paragraph or two); reading more only costs time. */
    private static final int SAMPLE_CHARS = 1_200;

    /** Below this many letters the n-gram statistics are noise (a headline alone is often misread). */
    private static final int MIN_LETTERS = 20;

    private final OptimaizeLangDetector detector;

    public LanguageDetector() {
        detector = new OptimaizeLangDetector();
        detector.loadModels();
    }

    public String detect(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<LanguageResult> results;
        synchronized (detector) {   // the Tika wrapper keeps the text it is fed: one caller at a time
            detector.reset();
            detector.addText(sample);
            results = detector.detectAll();
        }
        return results.stream().filter(r -> !r.isUnknown()).findFirst()
                .map(LanguageResult::getLanguage).orElse(UNDETERMINED);
    }
}
