package org.commonground.core.collate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.core.domain.Category;

/**
 * A linear classifier of a reply's category, without the prompt: multinomial logistic regression
 * over the reply's sentence vector, its linguistic cue scores and its words. Its scores are
 * log-probabilities (up to a constant), so the prompt can be added to them as a prior in log-odds.
 * It belongs to one sentence model: vectors of another model mean nothing to it.
 */
public final class CategoryModel {

    private static final String SHIPPED = "category-model.tsv";
    private static final Category[] CATEGORIES = Category.values();

    private final String model;
    private final double vectorScale;
    private final double wordScale;
    private final double[][] weights;

    private CategoryModel(String model, double vectorScale, double wordScale, double[][] weights) {
        this.model = model;
        this.vectorScale = vectorScale;
        this.wordScale = wordScale;
        this.weights = weights;
    }

    /** The name of the sentence model whose vectors this classifier reads. */
    public String model() {
        return model;
    }

    /**
     * Trains a classifier on replies whose category is known.
     *
     * @param examples replies with features of {@code model}
     */
    public static CategoryModel train(String model, List<Exemplar> examples, CollationSettings settings) {
        int dimensions = examples.get(0).features().vector().length;
        CategoryModel untrained = new CategoryModel(model, settings.vectorScale(), settings.wordScale(),
                new double[CATEGORIES.length][width(dimensions)]);
        return untrained.fitted(examples, settings.l2(), settings.trainingSteps());
    }

    /** This classifier trained further on a gathering's confirmed replies, pulled towards what it was. */
    CategoryModel adaptedTo(List<Exemplar> confirmed, CollationSettings settings) {
        return confirmed.isEmpty() ? this : fitted(confirmed, settings.adaptationL2(), settings.adaptationSteps());
    }

    private CategoryModel fitted(List<Exemplar> examples, double l2, int steps) {
        double[][] inputs = new double[examples.size()][];
        int[] classes = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            inputs[i] = features(examples.get(i).features().vector(), examples.get(i).text());
            classes[i] = examples.get(i).category().ordinal();
        }
        return new CategoryModel(model, vectorScale, wordScale, SoftmaxRegression.fit(inputs, classes, weights, l2,
                steps));
    }

    /** Each category's score for the reply: its log-probability up to a constant shared by all. */
    Map<Category, Double> scores(float[] vector, String text) {
        if (width(vector.length) != weights[0].length) {
            throw new IllegalArgumentException("A vector of " + vector.length + " values is not of model " + model);
        }
        double[] values = SoftmaxRegression.scores(weights, features(vector, text));
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        for (Category category : CATEGORIES) {
            scores.put(category, values[category.ordinal()]);
        }
        return scores;
    }

    private static int width(int dimensions) {
        return dimensions + CATEGORIES.length + 1 + WordFeatures.BUCKETS;
    }

    /**
     * The sentence vector, the cue scores, a bias, and the words themselves: the sentence vector
     * carries what a reply is about more than how it is said, and words such as "being", "we" or "who"
     * say how. The scales let one penalty suit all of them.
     */
    private double[] features(float[] vector, String text) {
        double[] x = new double[width(vector.length)];
        for (int d = 0; d < vector.length; d++) {
            x[d] = vector[d] * vectorScale;
        }
        Map<Category, Double> cues = CategoryCues.score(text);
        for (Category category : CATEGORIES) {
            x[vector.length + category.ordinal()] = cues.get(category);
        }
        x[vector.length + CATEGORIES.length] = 1;
        WordFeatures.add(text, wordScale, x, vector.length + CATEGORIES.length + 1);
        return x;
    }

    /** The classifier that ships, trained for the application's sentence model. */
    public static CategoryModel shipped() {
        try (InputStream in = CategoryModel.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The category classifier (" + SHIPPED + ") is missing from the build.");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the classifier as text: its model, its scales, and one line of weights per category. */
    public void write(Writer out) {
        PrintWriter print = new PrintWriter(out);
        print.printf(Locale.ROOT, "model\t%s%nscales\t%s\t%s%n", model, vectorScale, wordScale);
        for (Category category : CATEGORIES) {
            StringBuilder line = new StringBuilder(category.name());
            for (double w : weights[category.ordinal()]) {
                line.append(String.format(Locale.ROOT, "\t%.5g", w));
            }
            print.println(line);
        }
        print.flush();
    }

    /** Reads what {@link #write} wrote; lines starting with {@code #} are comments. */
    public static CategoryModel read(Reader in) {
        List<String[]> lines = new BufferedReader(in).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")).toList();
        double[][] weights = new double[CATEGORIES.length][];
        for (String[] line : lines.subList(2, lines.size())) {
            double[] row = new double[line.length - 1];
            for (int j = 1; j < line.length; j++) {
                row[j - 1] = Double.parseDouble(line[j]);
            }
            weights[Category.valueOf(line[0]).ordinal()] = row;
        }
        return new CategoryModel(lines.get(0)[1], Double.parseDouble(lines.get(1)[1]),
                Double.parseDouble(lines.get(1)[2]), weights);
    }

    /** Whether two classifiers give the same scores, within the rounding of {@link #write}. */
    public boolean sameAs(CategoryModel other, double tolerance) {
        if (!model.equals(other.model) || vectorScale != other.vectorScale || wordScale != other.wordScale) {
            return false;
        }
        for (int c = 0; c < weights.length; c++) {
            for (int j = 0; j < weights[c].length; j++) {
                if (Math.abs(weights[c][j] - other.weights[c][j]) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }
}
