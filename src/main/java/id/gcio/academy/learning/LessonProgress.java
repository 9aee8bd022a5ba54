package id.gcio.academy.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One lesson a learner has marked as done, within one enrolment. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "enrolment_id", nullable = false)
    public Long enrolmentId;

    @Column(name = "lesson_id", nullable = false)
    public Long lessonId;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;
}
