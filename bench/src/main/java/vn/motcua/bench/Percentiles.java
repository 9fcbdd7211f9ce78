package vn.motcua.bench;

import java.util.Arrays;

/** Latency samples in microseconds, summarised as the table in docs/performance.md prints them. */
final class Percentiles {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    synchronized int count() {
        return size;
    }

    synchronized String summary() {
        if (size == 0) {
            return "n/a | n/a | n/a";
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return ms(sorted, 0.50) + " | " + ms(sorted, 0.95) + " | " + ms(sorted, 0.99);
    }

    private static String ms(long[] sorted, double q) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return String.format("%.1f ms", sorted[Math.max(0, index)] / 1000.0);
    }
}
