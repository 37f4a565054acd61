package dev.migrate.autoconfigure.refused;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application whose only entity, {@link Ticket}, Hibernate refuses on the database its
 * first revision creates. Started as a process by
 * {@link HibernateRefusedSchemaCommandTests}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TicketApplication {

	public static void main(String[] args) {
		SpringApplication.run(TicketApplication.class, args);
	}

}
