package org.mspportal.survey.infrastructure.batch;

/**
 * One shared instance of each code a reader reads (SAC categories, answers, types of risk: a few dozen
 * distinct values in millions of rows). The counting rules hash and compare every code, often twice; a
 * shared instance keeps its hash and compares by identity, where each fresh string from the driver is
 * hashed and compared character by character. The slot is found from the code's length and three of its
 * characters rather than its full hash, which is the cost this saves. Not thread-safe: one per reader.
 */
final class SharedCodes {

    private static final int SLOTS = 1024;
    private static final int PROBES = 8;

    private final String[] slots = new String[SLOTS];

    /** The shared instance equal to {@code code}; {@code code} itself if it is new (or the table is crowded). */
    String of(String code) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        int length = code.length();
        int mix = ((length * 31 + code.charAt(0)) * 31 + code.charAt(length / 2)) * 31 + code.charAt(length - 1);
        mix ^= mix >>> 10;
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = (mix + probe) & (SLOTS - 1);
            String known = slots[slot];
            if (known == null) {
                slots[slot] = code;
                return code;
            }
            if (known.equals(code)) {
                return known;
            }
        }
        return code;
    }
}
