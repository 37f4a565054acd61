package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Table in another schema, JSON payload, an index. */
@Entity
@Table(schema = "audit", name = "events", indexes = @Index(name = "ix_events_occurred", columnList = "occurredAt"))
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 60)
	private String type;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Object> payload;

	private Instant occurredAt;

}
