package id.gcio.academy.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;

class BenchResourceTest {

    @Test
    void ceilingAnswers404WhenNotEnabled() {
        BenchResource resource = new BenchResource();
        resource.enabled = false;
        assertThrows(NotFoundException.class, resource::ceiling);
    }
}
