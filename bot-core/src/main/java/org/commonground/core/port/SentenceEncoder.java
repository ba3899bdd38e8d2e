package org.commonground.core.port;

import java.util.List;

import org.commonground.core.collate.Features;

/**
 * Turns a reply into a sentence vector, so that replies saying much the same thing in different
 * words lie close together. Runs in-process and offline.
 *
 * <p>Contract: {@link #encode} returns {@link Features} named by {@link #model()} whose vector has unit
 * length (all zeros for a text with nothing to encode), the same vector for the same text, and is
 * safe to call from several threads. Vectors of different models are never compared. An encoder
 * that cannot work throws a {@link RuntimeException} or a {@link LinkageError}; the caller decides
 * what to fall back to.
 */
public interface SentenceEncoder {

    /** The name and version of the model whose vectors {@link #encode} returns now. */
    String model();

    Features encode(String text);

    /** The texts' features, in order; an encoder may do a batch faster than one at a time. */
    default List<Features> encodeAll(List<String> texts) {
        return texts.stream().map(this::encode).toList();
    }
}
