package org.citybridge.actions.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.actions.indicator.IndicatorFixtures.definition;
import static org.citybridge.actions.indicator.IndicatorFixtures.indicator;
import static org.citybridge.actions.indicator.IndicatorFixtures.measure;
import static org.citybridge.actions.indicator.IndicatorFixtures.up;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import javax.imageio.ImageIO;

import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The charts are drawn and show their lines. The PNGs are also written to target/charts, so that a
 * person can look at them.
 */
class IndicatorChartTest {

    @Test
    void anIndicatorsValuesAreDrawnAgainstItsTargetLine() throws IOException {
        Indicator parties = indicator("antwerpen", up("2011-01-01", 0, "2011-12-31", 360, "2012-12-31", 720),
                Visibility.NETWORK);
        measure(parties, "2011-06-30", 150);
        measure(parties, "2011-12-31", 340);
        measure(parties, "2012-03-31", 507);

        BufferedImage image = readBack(IndicatorChart.png(parties, 800, 450), "indicator.png");

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);
        assertThat(pixelsOf(image, 0x005EB8)).as("the measured line's blue").isGreaterThan(200);
        assertThat(pixelsOf(image, 0xC8501E)).as("the dashed target line's orange").isGreaterThan(200);
    }

    @Test
    void aSharedIndicatorHasOneLinePerCityWithAKnownPopulation() throws IOException {
        Indicator antwerpen = indicator("antwerpen", definition(Direction.UP, UpdateInterval.YEAR, "associations",
                "2010-01-01", 100, "2012-12-31", 200), Visibility.NETWORK);
        measure(antwerpen, "2010-12-31", 150);
        measure(antwerpen, "2011-12-31", 160);
        Indicator almelo = indicator("almelo", definition(Direction.UP, UpdateInterval.YEAR, "associations",
                "2010-01-01", 10, "2012-12-31", 30), Visibility.NETWORK);
        measure(almelo, "2010-12-31", 18);
        measure(almelo, "2011-12-31", 25);
        Indicator gent = indicator("gent", definition(Direction.UP, UpdateInterval.YEAR, "associations",
                "2010-01-01", 10, "2012-12-31", 30), Visibility.NETWORK);
        measure(gent, "2011-12-31", 25);
        Map<String, Long> populations = Map.of("antwerpen", 500_000L, "almelo", 72_000L);
        SharedIndicatorComparison comparison = SharedIndicatorComparison.of("associations", "almelo",
                List.of(antwerpen, almelo, gent), city -> populations.containsKey(city)
                        ? OptionalLong.of(populations.get(city)) : OptionalLong.empty());

        BufferedImage image = readBack(SharedIndicatorChart.png(comparison, 800, 450), "shared-indicator.png");

        assertThat(image.getWidth()).isEqualTo(800);
        // JFreeChart's default paints: red for the first series, blue for the second.
        assertThat(pixelsOf(image, 0xFF5555)).as("almelo's line").isGreaterThan(200);
        assertThat(pixelsOf(image, 0x5555FF)).as("antwerpen's line").isGreaterThan(200);
    }

    private static BufferedImage readBack(byte[] png, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "charts"));
        Files.write(dir.resolve(name), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static long pixelsOf(BufferedImage image, int rgb) {
        long count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
