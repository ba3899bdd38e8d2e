package org.commonground.core.collate;

import java.util.List;
import java.util.function.Supplier;

import org.commonground.core.port.SentenceEncoder;

/**
 * The sentence model when it works, the lexical fallback when it does not: the model is loaded on
 * first use (one-off commands that never collate do not pay for it), and if it cannot be loaded or
 * fails, one warning is logged and the fallback serves from then on. Collation never fails for want
 * of a native runtime.
 */
public final class EncoderWithFallback implements SentenceEncoder {

    private static final System.Logger LOG = System.getLogger(EncoderWithFallback.class.getName());

    private final Supplier<SentenceEncoder> primary;
    private final SentenceEncoder fallback;
    private volatile SentenceEncoder active;

    public EncoderWithFallback(Supplier<SentenceEncoder> primary, SentenceEncoder fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public String model() {
        return active().model();
    }

    @Override
    public Features encode(String text) {
        SentenceEncoder encoder = active();
        try {
            return encoder.encode(text);
        } catch (RuntimeException | LinkageError e) {
            return failed(encoder, e).encode(text);
        }
    }

    /** A batch is never mixed: if the model fails part-way, the whole batch is encoded again. */
    @Override
    public List<Features> encodeAll(List<String> texts) {
        SentenceEncoder encoder = active();
        try {
            return encoder.encodeAll(texts);
        } catch (RuntimeException | LinkageError e) {
            return failed(encoder, e).encodeAll(texts);
        }
    }

    private SentenceEncoder active() {
        SentenceEncoder current = active;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (active == null) {
                try {
                    active = primary.get();
                } catch (RuntimeException | LinkageError e) {
                    warn(e);
                    active = fallback;
                }
            }
            return active;
        }
    }

    private synchronized SentenceEncoder failed(SentenceEncoder encoder, Throwable e) {
        if (active == encoder && encoder != fallback) {
            warn(e);
            active = fallback;
        }
        return active;
    }

    private void warn(Throwable e) {
        LOG.log(System.Logger.Level.WARNING, "The sentence model is not available (" + e
                + "); themes are found from shared words instead (" + fallback.model() + ").");
    }
}
