package org.citybridge.actions.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.actions.indicator.IndicatorFixtures.at;
import static org.citybridge.actions.indicator.IndicatorFixtures.definition;
import static org.citybridge.actions.indicator.IndicatorFixtures.indicator;
import static org.citybridge.actions.indicator.IndicatorFixtures.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** Per 1,000 inhabitants, by hand. */
class SharedIndicatorComparisonTest {

    static final String CODE = "ethno-cultural-associations";
    static final Map<String, Long> POPULATIONS = Map.of("antwerpen", 500_000L, "almelo", 72_000L, "gent", 0L);

    @Test
    void eachCitysLatestValueIsNormalisedByItsPopulation() {
        Indicator antwerpen = associations("antwerpen");
        measure(antwerpen, "2011-06-30", 150);
        measure(antwerpen, "2011-12-31", 160);
        Indicator almelo = associations("almelo");
        measure(almelo, "2011-12-31", 18);

        SharedIndicatorComparison comparison = compare("almelo", antwerpen, almelo);

        SharedIndicatorComparison.City own = comparison.cities().get(0);
        SharedIndicatorComparison.City other = comparison.cities().get(1);
        assertThat(own.municipality()).isEqualTo("almelo");
        assertThat(own.own()).isTrue();
        // 18 × 1000 / 72,000 = 0.25
        assertThat(own.perThousandInhabitants(own.latest().orElseThrow().value())).isEqualByComparingTo("0.25");
        // 160 × 1000 / 500,000 = 0.32
        assertThat(other.latest()).contains(at("2011-12-31", 160));
        assertThat(other.perThousandInhabitants(other.latest().orElseThrow().value())).isEqualByComparingTo("0.32");
        assertThat(other.normalisedSeries()).extracting(DatedValue::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.3"), new BigDecimal("0.32"));
    }

    @Test
    void anUnknownOrZeroPopulationNormalisesNothing() {
        Indicator gent = associations("gent");
        measure(gent, "2011-12-31", 40);
        Indicator brugge = associations("brugge");
        measure(brugge, "2011-12-31", 12);

        SharedIndicatorComparison comparison = compare("almelo", gent, brugge);

        assertThat(comparison.cities()).extracting(SharedIndicatorComparison.City::municipality)
                .containsExactly("brugge", "gent");
        assertThat(comparison.cities()).allSatisfy(city -> {
            assertThat(city.populationKnown()).isFalse();
            assertThat(city.perThousandInhabitants(BigDecimal.TEN)).isNull();
            assertThat(city.normalisedSeries()).isEmpty();
        });
    }

    @Test
    void aCityWithSeveralSuchIndicatorsIsShownByTheLatestMeasured() {
        Indicator older = associations("antwerpen");
        measure(older, "2011-06-30", 150);
        Indicator newer = associations("antwerpen");
        measure(newer, "2012-06-30", 170);
        Indicator unmeasured = associations("antwerpen");

        SharedIndicatorComparison comparison = compare("antwerpen", unmeasured, older, newer);

        assertThat(comparison.cities()).singleElement()
                .satisfies(city -> assertThat(city.indicator()).isSameAs(newer));
    }

    @Test
    void perThousandRoundsToFourDecimals() {
        // 160,000 / 510,610 = 0.313350…
        assertThat(SharedIndicatorComparison.perThousand(BigDecimal.valueOf(160), 510_610))
                .isEqualByComparingTo("0.3134");
    }

    private static Indicator associations(String city) {
        return indicator(city, definition(Direction.UP, UpdateInterval.YEAR, CODE, "2011-01-01", 100, "2012-12-31",
                200), Visibility.NETWORK);
    }

    private static SharedIndicatorComparison compare(String caller, Indicator... indicators) {
        return SharedIndicatorComparison.of(CODE, caller, List.of(indicators), city -> POPULATIONS.containsKey(city)
                ? OptionalLong.of(POPULATIONS.get(city)) : OptionalLong.empty());
    }
}
