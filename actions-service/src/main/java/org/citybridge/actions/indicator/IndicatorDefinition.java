package org.citybridge.actions.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * What an indicator measures and what the city aims for. Targets are kept in date order.
 *
 * @param sharedCode optional; cities that use the same code measure the same thing and can be compared
 *                   ({@code subsidised-associations}). A free code rather than a fixed list: the cities agree
 *                   on definitions among themselves, faster than this service is released.
 */
public record IndicatorDefinition(String name, String unit, DatedValue baseline, List<DatedValue> targets,
        Direction direction, UpdateInterval updateInterval, String sharedCode) {

    /** Lower-case words joined by hyphens, as in a URL: the code is part of /api/shared-indicators/{code}. */
    public static final Pattern SHARED_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int SHARED_CODE_MAX = 60;

    public IndicatorDefinition {
        name = required("name", name);
        unit = required("unit", unit);
        if (baseline == null) {
            throw new InvalidValueException("baseline", "must be given");
        }
        if (direction == null) {
            throw new InvalidValueException("direction", "must be given");
        }
        if (updateInterval == null) {
            throw new InvalidValueException("updateInterval", "must be given");
        }
        targets = checkedTargets(targets, baseline, direction);
        sharedCode = sharedCode == null || sharedCode.isBlank() ? null : checkedCode("sharedCode", sharedCode.trim());
    }

    public static String checkedCode(String property, String code) {
        if (code.length() > SHARED_CODE_MAX || !SHARED_CODE.matcher(code).matches()) {
            throw new InvalidValueException(property, "must be lower-case words joined by hyphens (like "
                    + "subsidised-associations), at most " + SHARED_CODE_MAX + " characters");
        }
        return code;
    }

    public DatedValue lastTarget() {
        return targets.get(targets.size() - 1);
    }

    private static List<DatedValue> checkedTargets(List<DatedValue> targets, DatedValue baseline, Direction direction) {
        if (targets == null || targets.isEmpty()) {
            throw new InvalidValueException("targets", "must name at least one target");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            DatedValue target = targets.get(i);
            if (target == null) {
                throw new InvalidValueException("targets[" + i + "]", "must be given");
            }
            if (!dates.add(target.date())) {
                throw new InvalidValueException("targets[" + i + "].date", "is the date of another target");
            }
            if (!target.date().isAfter(baseline.date())) {
                throw new InvalidValueException("targets[" + i + "].date", "must be after the baseline date "
                        + baseline.date());
            }
            // A target behind the baseline would make progress run backwards.
            if (!direction.reached(target.value(), baseline.value())) {
                throw new InvalidValueException("targets[" + i + "].value", "must not be "
                        + (direction == Direction.UP ? "below" : "above") + " the baseline "
                        + baseline.value().toPlainString() + " for an indicator that should go " + direction);
            }
        }
        List<DatedValue> sorted = new ArrayList<>(targets);
        sorted.sort(Comparator.comparing(DatedValue::date));
        return List.copyOf(sorted);
    }

    private static String required(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(property, "must not be blank");
        }
        return value.trim();
    }
}
