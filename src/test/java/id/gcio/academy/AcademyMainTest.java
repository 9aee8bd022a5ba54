package id.gcio.academy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class AcademyMainTest {

    @Test
    void turnsOffNettysPerThreadBufferCachesUnlessTheCommandLineSaysOtherwise() {
        Properties properties = new Properties();
        properties.setProperty("io.netty.allocator.normalCacheSize", "64");

        AcademyMain.applyDefaults(properties);

        assertEquals("0", properties.getProperty("io.netty.allocator.smallCacheSize"));
        assertEquals("64", properties.getProperty("io.netty.allocator.normalCacheSize"));
    }
}
