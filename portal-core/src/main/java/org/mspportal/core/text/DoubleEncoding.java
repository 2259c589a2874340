package org.mspportal.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Words whose UTF-8 bytes were read as ISO-8859-1 ({@code it’s} stored as {@code itâ\u0080\u0099s}), and the
 * way back. A text is only repaired when nothing else could explain it: every character fits in one byte,
 * at least one is outside ASCII, and those bytes are well-formed UTF-8 that says something different. Text
 * typed correctly in any language fails one of these (a curly quote is beyond one byte; a lone {@code é} or
 * {@code £} is not well-formed UTF-8), so it is never touched.
 */
public final class DoubleEncoding {

    /** A text garbled twice is repaired twice; more than this is not the known fault. */
    private static final int MAX_ROUNDS = 3;

    private DoubleEncoding() {
    }

    /** The original words, if the text is garbled in the known way; empty if it is not. */
    public static Optional<String> repaired(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String current = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<String> once = undoOnce(current);
            if (once.isEmpty()) {
                break;
            }
            current = once.get();
        }
        return current.equals(text) ? Optional.empty() : Optional.of(current);
    }

    private static Optional<String> undoOnce(String text) {
        boolean beyondAscii = false;
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return Optional.empty();
            }
            beyondAscii |= c > 0x7F;
            bytes[i] = (byte) c;
        }
        if (!beyondAscii) {
            return Optional.empty();
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(strict.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
