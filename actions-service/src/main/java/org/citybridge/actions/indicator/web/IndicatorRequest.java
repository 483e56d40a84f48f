package org.citybridge.actions.indicator.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.actions.indicator.DatedValue;
import org.citybridge.actions.indicator.Direction;
import org.citybridge.actions.indicator.IndicatorDefinition;
import org.citybridge.actions.indicator.UpdateInterval;
import org.citybridge.platform.tenancy.Visibility;

/**
 * An indicator as an officer defines it (and, with PUT, redefines it whole).
 *
 * @param sharedCode optional; the same code in several cities makes the indicator comparable across them
 * @param visibility optional; the action's when absent. It only narrows: a caller sees the indicator
 *                   only where it sees the action too.
 */
record IndicatorRequest(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 50) String unit,
        @NotNull @Valid Point baseline, @NotEmpty @Size(max = 20) List<@NotNull @Valid Point> targets,
        @NotNull Direction direction, @NotNull UpdateInterval updateInterval,
        @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case words joined by hyphens, like subsidised-associations") String sharedCode,
        Visibility visibility) {

    /** A dated value: the baseline or a target. */
    record Point(@NotNull LocalDate date,
            @NotNull @DecimalMin("-1000000000000") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 6)
            BigDecimal value) {

        DatedValue toDatedValue() {
            return new DatedValue(date, value);
        }
    }

    IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(name, unit, baseline.toDatedValue(),
                targets.stream().map(Point::toDatedValue).toList(), direction, updateInterval, sharedCode);
    }
}
