package org.commonground.core.collate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.commonground.core.testkit.AdjustedRand;
import org.junit.jupiter.api.Test;

class AdjustedRandTest {

    @Test
    void agreementIsOneWhateverTheNamesAndChanceIsAboutZero() {
        assertThat(AdjustedRand.index(List.of("a", "a", "b", "b"), List.of("x", "x", "y", "y"))).isEqualTo(1.0);
        // contingency [[2,1],[0,2]]: 2 agreeing pairs against 1.6 expected and 4 at most, so 0.4 / 2.4
        assertThat(AdjustedRand.index(List.of("a", "a", "a", "b", "b"), List.of("x", "x", "y", "y", "y")))
                .isCloseTo(1.0 / 6, within(1e-9));
        assertThat(AdjustedRand.index(List.of("a", "a", "b", "b"), List.of("x", "y", "x", "y"))).isLessThan(0.0);
    }
}
