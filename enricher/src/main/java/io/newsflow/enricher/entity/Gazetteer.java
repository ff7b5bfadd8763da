package io.newsflow.enricher.entity;

import io.newsflow.enricher.EntityType;
import io.newsflow.enricher.text.Token;
import io.newsflow.enricher.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Well-known entities (countries, capitals, international organisations, heads of state and government,
 * major companies) with their Wikidata ids and aliases, read from {@code gazetteer.tsv}. Matching is on
 * whole tokens, case-sensitive, longest alias first. Immutable after loading, so thread-safe.
 */
final class Gazetteer {

    static final String RESOURCE = "gazetteer.tsv";

    /** "-" in the id column: the entity is typed by the file but its Wikidata id is not curated. */
    private static final String NO_ID = "-";

    private final Map<String, GazetteerEntry> byAlias = new HashMap<>();
    private int longestAlias;

    /** A gazetteer entry found at a token position, covering {@code length} tokens. */
    record Match(GazetteerEntry entry, int length) {
    }

    static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            Gazetteer gazetteer = new Gazetteer();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(gazetteer::addLine);
            return gazetteer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private void addLine(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 3) {
            throw new IllegalStateException(RESOURCE + ": expected id, type, name[, aliases]: " + line);
        }
        String id = NO_ID.equals(columns[0]) ? null : columns[0];
        GazetteerEntry entry = new GazetteerEntry(id, EntityType.valueOf(columns[1]), columns[2]);
        addAlias(columns[2], entry);
        if (columns.length > 3 && !columns[3].isBlank()) {
            for (String alias : columns[3].split("\\|")) {
                addAlias(alias, entry);
            }
        }
    }

    private void addAlias(String alias, GazetteerEntry entry) {
        List<String> tokens = Tokenizer.tokenize(alias);
        byAlias.putIfAbsent(String.join(" ", tokens), entry);
        longestAlias = Math.max(longestAlias, tokens.size());
    }

    /** The longest alias starting at {@code from} and ending before {@code to}. */
    Optional<Match> longestMatch(List<Token> tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        Match best = null;
        for (int end = from; end < Math.min(to, from + longestAlias); end++) {
            if (end > from) {
                key.append(' ');
            }
            key.append(tokens.get(end).text());
            GazetteerEntry entry = byAlias.get(key.toString());
            if (entry != null) {
                best = new Match(entry, end - from + 1);
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<GazetteerEntry> lookup(String name) {
        return Optional.ofNullable(byAlias.get(String.join(" ", Tokenizer.tokenize(name))));
    }

    int size() {
        return byAlias.size();
    }
}
