package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every common basic type. */
@Entity
public class Measurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private double reading;

	private float ratio;

	private int count;

	private short small;

	private byte tiny;

	private boolean flag;

	private char grade;

	private LocalDate day;

	private LocalTime time;

	private LocalDateTime takenAt;

	private OffsetDateTime recordedAt;

	private Duration elapsed;

	private UUID sensor;

	private Long bigCount;

	private Integer[] samples;

}
