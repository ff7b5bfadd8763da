package io.newsflow.enricher.embedding;

/**
 * A unit vector stored as one signed byte per dimension (component x 127): 384 bytes an article instead
 * of 1,536, so a 50,000-article corpus holds its vectors in about 19 MB. The rounding error (at most
 * 1/254 per component) moves cosines by about 0.005, far below the gaps between related and unrelated.
 */
public final class QuantizedVector {

    private static final float SCALE = 127f;

    private QuantizedVector() {
    }

    public static byte[] of(float[] unit) {
        byte[] bytes = new byte[unit.length];
        for (int i = 0; i < unit.length; i++) {
            bytes[i] = (byte) Math.round(Math.max(-1f, Math.min(1f, unit[i])) * SCALE);
        }
        return bytes;
    }

    /** Cosine of two quantised vectors (re-normalised, so quantisation does not shrink it); 0 if either is zero. */
    public static double cosine(byte[] a, byte[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        long dot = 0;
        long na = 0;
        long nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt((double) na * nb);
    }

    public static boolean isZero(byte[] v) {
        for (byte x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
