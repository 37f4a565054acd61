package dev.migrate.benchmarks.startup;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One endpoint over both repositories, as an application has. */
@RestController
class TablesController {

	private final FirstTableRepository first;

	private final SecondTableRepository second;

	TablesController(FirstTableRepository first, SecondTableRepository second) {
		this.first = first;
		this.second = second;
	}

	@GetMapping("/counts")
	long[] counts() {
		return new long[] { this.first.count(), this.second.count() };
	}

}
