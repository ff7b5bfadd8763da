package io.newsflow.enricher.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentences and part-of-speech tagged tokens with OpenNLP's English Universal Dependencies models
 * (from the opennlp-models-*-en jars on the classpath). Thread-safe: the models are loaded once and
 * shared, each thread gets its own (stateful) sentence detector.
 */
public final class TextAnalyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /**
     * Longest line analysed as one unit; longer lines (text without line breaks) are still cut into
     * sentences, this only bounds the tagger's work on a run-on "sentence" without punctuation.
     */
    private static final int MAX_SENTENCE_TOKENS = 200;

    /** A capital letter alone before the final dot, after a name word: a middle initial, not a sentence end. */
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\.$");

    /** Part of speech of tokens that were not tagged (Universal Dependencies' "other"). */
    public static final String UNTAGGED = "X";

    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final GreedyTagger tagger;

    public TextAnalyzer() {
        SentenceModel sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
        POSModel posModel = load(POS_MODEL, POSModel::new);
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tagger = new GreedyTagger(posModel);
    }

    /** Title (as a headline sentence) and body, boilerplate lines removed. Never null. */
    public AnalyzedText analyze(String title, String body) {
        String cleanBody = BoilerplateFilter.clean(title == null ? "" : title, body == null ? "" : body);
        List<Sentence> sentences = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            addSentence(sentences, normalise(title), true);
        }
        for (String paragraph : cleanBody.split("\n")) {
            for (String sentence : joinInitials(sentenceDetector.get().sentDetect(normalise(paragraph)))) {
                addSentence(sentences, sentence, false);
            }
        }
        return new AnalyzedText(List.copyOf(sentences), cleanBody);
    }

    /**
     * Title and body cut into lines of untagged tokens (part of speech "X"), boilerplate removed: for
     * word-level uses such as topic cues, at a fraction of the cost of {@link #analyze}.
     */
    public static AnalyzedText withoutTags(String title, String body) {
        String cleanBody = BoilerplateFilter.clean(title == null ? "" : title, body == null ? "" : body);
        List<Sentence> lines = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            lines.add(untagged(normalise(title), 0, true));
        }
        for (String line : cleanBody.split("\n")) {
            if (!line.isBlank()) {
                lines.add(untagged(normalise(line), lines.size(), false));
            }
        }
        return new AnalyzedText(List.copyOf(lines), cleanBody);
    }

    private static Sentence untagged(String line, int ordinal, boolean headline) {
        List<String> words = Tokenizer.tokenize(line);
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            tokens.add(new Token(words.get(i), UNTAGGED, i));
        }
        return new Sentence(List.copyOf(tokens), ordinal, headline);
    }

    private void addSentence(List<Sentence> sentences, String text, boolean headline) {
        List<String> words = Tokenizer.tokenize(text);
        for (int from = 0; from < words.size(); from += MAX_SENTENCE_TOKENS) {
            List<String> chunk = words.subList(from, Math.min(words.size(), from + MAX_SENTENCE_TOKENS));
            String[] tags = tagger.tag(chunk.toArray(String[]::new));
            List<Token> tokens = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                tokens.add(new Token(chunk.get(i), tags[i], i));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(List.copyOf(tokens), sentences.size(), headline));
            }
        }
    }

    /** "General Christopher G." + "Cavoli.": the detector takes a middle initial for a sentence end. */
    private static List<String> joinInitials(String[] detected) {
        List<String> sentences = new ArrayList<>(detected.length);
        for (String sentence : detected) {
            int last = sentences.size() - 1;
            if (last >= 0 && ENDS_WITH_INITIAL.matcher(sentences.get(last)).find()
                    && !sentence.isEmpty() && Character.isUpperCase(sentence.charAt(0))) {
                sentences.set(last, sentences.get(last) + " " + sentence);
            } else {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Typographic apostrophes to ASCII, so possessives split and names match the gazetteer. */
    static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'');
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
