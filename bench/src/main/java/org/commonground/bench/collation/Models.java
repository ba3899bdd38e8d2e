package org.commonground.bench.collation;

import java.nio.file.Path;

import org.commonground.adapter.embeddings.MiniLmSentenceEncoder;

/** The sentence model as the application loads it, with its natives unpacked under the working directory. */
final class Models {

    private Models() {
    }

    static MiniLmSentenceEncoder sentenceEncoder() {
        return MiniLmSentenceEncoder.load(Path.of("data", "natives"));
    }
}
