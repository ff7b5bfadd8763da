package io.newsflow.extractor.charset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text. Order of trust: byte-order mark, HTTP {@code Content-Type}, the page's own
 * {@code <meta charset>} / {@code http-equiv}, then detection (valid UTF-8, else windows-1252).
 * A declared legacy charset is overruled when the bytes are valid UTF-8 with multi-byte sequences:
 * such bytes are practically never legacy text, and trusting the label would produce mojibake.
 * A UTF-16 label inside an ASCII-compatible document is always wrong (WHATWG: treat as UTF-8).
 */
public final class HtmlDecoder {

    /** The HTML spec prescans the first 1024 bytes; real pages put long scripts first, so look further. */
    private static final int META_PRESCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Browsers decode latin-1 labels as windows-1252 (WHATWG encoding standard). */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {
    }

    /** The decoded text and the charset used. */
    public record Decoded(String text, Charset charset, String source) {
    }

    public static Decoded decode(byte[] bytes, String contentType) {
        return decode(bytes, contentType, false);
    }

    /**
     * As {@link #decode(byte[], String)}; with {@code withoutScriptsAndStyles} the contents of style and non-JSON-LD
     * script elements are left out ({@link RawTextStripper}), which halves what the extractor decodes and parses.
     */
    public static Decoded decode(byte[] bytes, String contentType, boolean withoutScriptsAndStyles) {
        if (bytes == null || bytes.length == 0) {
            return new Decoded("", StandardCharsets.UTF_8, "empty");
        }
        Decoded bom = fromBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = fromLabel(match(HEADER_CHARSET, contentType));
        String source = "http";
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            declared = fromLabel(match(META_CHARSET, head));
            source = "meta";
        }
        if (withoutScriptsAndStyles && RawTextStripper.safeFor(declared)) {
            bytes = RawTextStripper.strip(bytes);
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.name().startsWith("UTF-16")
                && !hasMultiByteSequence(bytes)) {
            return new Decoded(new String(bytes, declared), declared, source);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, declared == null || !declared.equals(StandardCharsets.UTF_8)
                    ? "detection" : source);
        }
        Charset fallback = declared != null && !declared.name().startsWith("UTF-") ? declared : WINDOWS_1252;
        return new Decoded(new String(bytes, fallback), fallback, declared == fallback ? source : "detection");
    }

    private static Decoded fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        return null;
    }

    private static boolean hasMultiByteSequence(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8; one pass for check and decoding. */
    static String strictUtf8(byte[] bytes) {
        // The String constructor is intrinsified and much faster than a CharsetDecoder; only text with a
        // replacement character needs the strict check, to tell bad bytes from an encoded U+FFFD.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String match(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static Charset fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.trim().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (name.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
