package org.citybridge.actions.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where an indicator's latest value stands, computed from its definition alone (pure: the cases a
 * reader checks by hand are unit tests).
 * <ul>
 * <li>The <em>next target</em> is the first target dated on or after the latest value, or the last
 * target once all are past.</li>
 * <li>{@code progress}: how far the latest value went from the baseline towards the next target,
 * {@code (latest - baseline) / (target - baseline)}, clamped to 0..1 (a bar is never more than full
 * nor less than empty: overshooting shows as ACHIEVED or in the latest value, falling below the
 * baseline as BEHIND). A target equal to the baseline ("keep it there") is 1 when held, else 0.</li>
 * <li>{@code expected}: the value on the straight line from the previous point (the baseline or the
 * target before the next one) to the next target, on the latest value's date; after the last target,
 * the last target's value.</li>
 * <li>{@code status}: NO_DATA without a measurement; ACHIEVED when the latest value reached the last
 * target in the indicator's direction; BEHIND when it falls short of the expected value; else ON_TRACK.</li>
 * </ul>
 *
 * @param latest     the latest measured value (by date), null with NO_DATA
 * @param progress   0..1 with four decimals, null with NO_DATA
 * @param expected   four decimals, null with NO_DATA
 * @param nextTarget the target the latest value is measured against, null with NO_DATA
 */
public record IndicatorProgress(IndicatorStatus status, DatedValue latest, BigDecimal progress, BigDecimal expected,
        DatedValue nextTarget) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final int SCALE = 4;

    public static IndicatorProgress of(IndicatorDefinition definition, DatedValue latest) {
        if (latest == null) {
            return new IndicatorProgress(IndicatorStatus.NO_DATA, null, null, null, null);
        }
        List<DatedValue> targets = definition.targets();
        int next = 0;
        while (next < targets.size() - 1 && targets.get(next).date().isBefore(latest.date())) {
            next++;
        }
        DatedValue target = targets.get(next);
        DatedValue previous = next == 0 ? definition.baseline() : targets.get(next - 1);
        Direction direction = definition.direction();

        BigDecimal expected = expected(previous, target, latest);
        IndicatorStatus status;
        if (direction.reached(latest.value(), definition.lastTarget().value())) {
            status = IndicatorStatus.ACHIEVED;
        } else if (direction.behind(latest.value(), expected)) {
            status = IndicatorStatus.BEHIND;
        } else {
            status = IndicatorStatus.ON_TRACK;
        }
        return new IndicatorProgress(status, latest, progress(definition.baseline(), target, latest, direction),
                expected.setScale(SCALE, RoundingMode.HALF_UP), target);
    }

    public boolean measured() {
        return status != IndicatorStatus.NO_DATA;
    }

    private static BigDecimal progress(DatedValue baseline, DatedValue target, DatedValue latest, Direction direction) {
        BigDecimal span = target.value().subtract(baseline.value());
        BigDecimal raw;
        if (span.signum() == 0) {
            raw = direction.reached(latest.value(), target.value()) ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            raw = latest.value().subtract(baseline.value()).divide(span, PRECISION);
        }
        BigDecimal clamped = raw.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return clamped.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal expected(DatedValue from, DatedValue to, DatedValue latest) {
        if (!latest.date().isBefore(to.date())) {
            return to.value();
        }
        long elapsed = ChronoUnit.DAYS.between(from.date(), latest.date());
        long total = ChronoUnit.DAYS.between(from.date(), to.date());
        BigDecimal share = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), PRECISION);
        return from.value().add(to.value().subtract(from.value()).multiply(share, PRECISION), PRECISION);
    }
}
