package io.newsflow.enricher.cli;

import io.newsflow.enricher.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads {@code <id>.txt} files: the first line is the title, the rest the body. */
final class TextFiles {

    static final String EXTENSION = ".txt";

    private TextFiles() {
    }

    static List<Document> readAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> texts = files.filter(f -> f.getFileName().toString().endsWith(EXTENSION))
                    .filter(Files::isRegularFile).sorted().toList();
            List<Document> docs = new java.util.ArrayList<>(texts.size());
            for (Path file : texts) {
                docs.add(read(file));
            }
            return docs;
        }
    }

    static Document read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - EXTENSION.length());
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);   // a byte-order mark is not part of the title
        }
        int newline = text.indexOf('\n');
        String title = newline < 0 ? text.strip() : text.substring(0, newline).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1);
        return new Document(id, null, title, body, null, List.of());
    }
}
