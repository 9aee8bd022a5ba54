package id.gcio.academy.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A learner's enrolment in a course, with the time the course was completed. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "course_id", nullable = false)
    public Long courseId;

    @Column(nullable = false, length = 20)
    public String source;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    public static Optional<Enrolment> findByUserAndCourse(long userId, long courseId) {
        return find("userId = ?1 and courseId = ?2", userId, courseId).firstResultOptional();
    }
}
