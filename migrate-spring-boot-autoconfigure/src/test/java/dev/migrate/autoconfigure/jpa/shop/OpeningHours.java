package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** Embeddable in an ordered element collection. */
@Embeddable
public class OpeningHours {

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private DayOfWeek dayOfWeek;

	private LocalTime opens;

	private LocalTime closes;

}
