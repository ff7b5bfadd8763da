package io.newsflow.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The pages the suite serves: the real article pages of the extraction datasets' dev sets
 * ({@code ../shared/datasets/extraction/<set>/html/*.html.gz}) when present, otherwise generated article
 * pages. Canonical links and og:url are neutralised so every served URL is its own article (two dataset
 * pages may name the same canonical site page, and copies beyond the dataset's size must stay distinct).
 */
final class ArticlePages {

    record Page(String name, byte[] html) {
    }

    private static final Pattern CANONICAL = Pattern.compile("rel\\s*=\\s*([\"']?)canonical\\1", Pattern.CASE_INSENSITIVE);
    private static final Pattern OG_URL = Pattern.compile("property\\s*=\\s*([\"'])og:url\\1", Pattern.CASE_INSENSITIVE);

    private ArticlePages() {
    }

    /** Pages from the dataset directory if it has any, else generated ones; never empty. */
    static List<Page> load(Path datasets) {
        List<Page> pages = datasets == null || !Files.isDirectory(datasets) ? List.of() : fromDatasets(datasets);
        return pages.isEmpty() ? generated(200) : pages;
    }

    static boolean fromDatasets(List<Page> pages) {
        return !pages.isEmpty() && !pages.get(0).name().startsWith("generated-");
    }

    private static List<Page> fromDatasets(Path root) {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 3)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                pages.add(new Page(root.relativize(file).toString(), neutralise(gunzip(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pages under " + root, e);
        }
        return pages;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** Works on ISO-8859-1 text so every byte, whatever the page's charset, survives unchanged. */
    private static byte[] neutralise(byte[] html) {
        String text = new String(html, StandardCharsets.ISO_8859_1);
        text = CANONICAL.matcher(text).replaceAll("rel=\"x-original-canonical\"");
        text = OG_URL.matcher(text).replaceAll("property=\"x-original-og-url\"");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final String[] WORDS = ("council budget river bridge school minister harbour election museum "
            + "festival railway hospital court farmers storm energy market workers teachers library vote plan "
            + "village coast mayor report police union station water climate housing tax transport city region")
            .split(" ");

    /** Article-shaped pages: headline, byline, date, several paragraphs of distinct text. */
    static List<Page> generated(int count) {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Random random = new Random(i);
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 6; p++) {
                body.append("<p>");
                for (int w = 0; w < 40; w++) {
                    body.append(w == 0 ? capitalised(word(random)) : word(random)).append(w % 12 == 11 ? ". " : " ");
                }
                body.append("story ").append(i).append(".</p>\n");
            }
            String title = capitalised(word(random)) + " " + word(random) + " and " + word(random) + " report " + i;
            String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                    + " | Daily Test</title></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>"
                    + "</nav></header><main><article><h1>" + title + "</h1><p class=\"byline\">By Jo Example</p>"
                    + "<time datetime=\"2024-03-" + (10 + i % 18) + "T09:00:00Z\">March " + (10 + i % 18) + ", 2024</time>\n"
                    + body + "</article></main><footer>Copyright Daily Test</footer></body></html>";
            pages.add(new Page("generated-" + i, html.getBytes(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
