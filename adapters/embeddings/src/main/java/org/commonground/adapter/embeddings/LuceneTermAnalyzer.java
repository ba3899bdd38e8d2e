package org.commonground.adapter.embeddings;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.commonground.core.port.TermAnalyzer;

/**
 * Terms through Lucene's English chain: the standard tokenizer, possessives dropped, lower case, a
 * stop list for group-chat English ("tbh", "dont", "lol" as well as "the" and "of"), and the Porter
 * stemmer; emoji and numbers are left out, since they name no topic. The surface form is the word
 * as written.
 */
public final class LuceneTermAnalyzer implements TermAnalyzer {

    private static final String STOP_WORDS = "chat-stopwords.txt";

    private final Analyzer analyzer;

    public LuceneTermAnalyzer() {
        CharArraySet stopWords = readStopWords();
        analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream chain = new EnglishPossessiveFilter(source);
                chain = new LowerCaseFilter(chain);
                chain = new StopFilter(chain, stopWords);
                return new TokenStreamComponents(source, new PorterStemFilter(chain));
            }
        };
    }

    @Override
    public List<Term> terms(String text) {
        String normal = text.replace('’', '\'');
        List<Term> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("reply", normal)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String key = term.toString();
                if (key.length() > 1 && key.chars().anyMatch(Character::isLetter)) {
                    String surface = normal.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
                    terms.add(new Term(key, surface.endsWith("'s") ? surface.substring(0, surface.length() - 2) : surface));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return terms;
    }

    private static CharArraySet readStopWords() {
        try (Reader reader = new InputStreamReader(LuceneTermAnalyzer.class.getResourceAsStream(STOP_WORDS),
                StandardCharsets.UTF_8)) {
            return WordlistLoader.getWordSet(reader, "#", new CharArraySet(400, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
