package vn.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart sheet's picture, drawn without a graphics library: a PNG any reader decodes, bars where the figures say. */
class ChartPictureTest {

    @Test
    void aValidPngWithTheActualAsABarAndTheTargetAsAMark() throws Exception {
        ReportChart chart = new ReportChart("t", "t", List.of(
                new ReportChart.Bar("half", new BigDecimal("50"), new BigDecimal("100")),
                new ReportChart.Bar("none", null, new BigDecimal("25"))));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartPicture.png(chart)));

        assertThat(image).as("ImageIO reads it as a PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(ChartPicture.WIDTH);
        assertThat(image.getHeight()).isEqualTo(3 * ChartPicture.ROW);
        int blue = 0x2b6cb0;
        int red = 0xc53030;
        // row 1 (y 20–39): 50 % of a 420-pixel plot from x = 10 is blue up to x = 220, white after it
        assertThat(image.getRGB(100, 30) & 0xffffff).isEqualTo(blue);
        assertThat(image.getRGB(215, 30) & 0xffffff).isEqualTo(blue);
        assertThat(image.getRGB(300, 30) & 0xffffff).isEqualTo(0xffffff);
        // its target, 100 %, a red mark at x = 430
        assertThat(image.getRGB(430, 22) & 0xffffff).isEqualTo(red);
        // row 2: no actual, no bar; its target 25 % at x = 115
        assertThat(image.getRGB(60, 50) & 0xffffff).isEqualTo(0xffffff);
        assertThat(image.getRGB(115, 45) & 0xffffff).isEqualTo(red);
    }
}
