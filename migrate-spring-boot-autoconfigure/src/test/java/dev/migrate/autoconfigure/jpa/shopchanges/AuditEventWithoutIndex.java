package dev.migrate.autoconfigure.jpa.shopchanges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** AuditEvent after a change: its index is gone. */
@Entity(name = "AuditEvent")
@Table(schema = "audit", name = "events")
public class AuditEventWithoutIndex {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 60)
	private String type;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Object> payload;

	private Instant occurredAt;

}
