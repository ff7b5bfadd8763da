package io.newsflow.extractor.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Command-line options of {@link ExtractCommand}. Threads default to the available processors. */
record Options(Path in, Path out, int threads) {

    static Options parse(String[] args) {
        Path in = null;
        Path out = null;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--in" -> in = Path.of(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value));
                case "--threads" -> threads = threads(required(args[i], value));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
            i++;
        }
        if (in == null || out == null) {
            throw new IllegalArgumentException("--in and --out are required");
        }
        if (!Files.isDirectory(in)) {
            throw new IllegalArgumentException("not a directory: " + in);
        }
        return new Options(in, out, threads);
    }

    private static String required(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }

    private static int threads(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--threads must be a number: " + value);
        }
    }
}
