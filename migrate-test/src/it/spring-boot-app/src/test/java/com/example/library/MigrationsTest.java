package com.example.library;

import dev.migrate.test.MigrationChecks;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@MigrationChecks
class MigrationsTest {

}
