package org.citybridge.actions.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citybridge.actions.indicator.IndicatorFixtures.at;
import static org.citybridge.actions.indicator.IndicatorFixtures.definition;
import static org.citybridge.actions.indicator.IndicatorFixtures.down;
import static org.citybridge.actions.indicator.IndicatorFixtures.up;

import org.citybridge.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class IndicatorDefinitionTest {

    @Test
    void targetsAreKeptInDateOrder() {
        IndicatorDefinition definition = up("2010-01-01", 0, "2011-12-31", 300, "2010-12-31", 100);

        assertThat(definition.targets()).containsExactly(at("2010-12-31", 100), at("2011-12-31", 300));
        assertThat(definition.lastTarget()).isEqualTo(at("2011-12-31", 300));
    }

    @Test
    void twoTargetsOnOneDayAreRefused() {
        assertThatThrownBy(() -> up("2010-01-01", 0, "2010-12-31", 100, "2010-12-31", 200))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).isEqualTo("targets[1].date"));
    }

    @Test
    void aTargetOnOrBeforeTheBaselineIsRefused() {
        assertThatThrownBy(() -> up("2010-01-01", 0, "2010-01-01", 100)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("targets[0].date"));
    }

    @Test
    void aTargetTheWrongSideOfTheBaselineIsRefused() {
        assertThatThrownBy(() -> up("2010-01-01", 10, "2010-12-31", 5)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("targets[0].value"));
        assertThatThrownBy(() -> down("2010-01-01", 10, "2010-12-31", 15)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("targets[0].value"));
    }

    @Test
    void aSharedCodeIsLowerCaseWordsJoinedByHyphens() {
        assertThat(definition(Direction.UP, UpdateInterval.YEAR, " subsidised-associations ", "2010-01-01", 0,
                "2010-12-31", 1).sharedCode()).isEqualTo("subsidised-associations");
        assertThat(definition(Direction.UP, UpdateInterval.YEAR, " ", "2010-01-01", 0, "2010-12-31", 1).sharedCode())
                .isNull();
        assertThatThrownBy(() -> definition(Direction.UP, UpdateInterval.YEAR, "Subsidised Associations",
                "2010-01-01", 0, "2010-12-31", 1)).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).isEqualTo("sharedCode"));
    }
}
