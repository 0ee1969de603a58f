package org.schemamigrate.boot.beans;

import org.schemamigrate.boot.app.PlainApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** A bean that reads a migrated table while the context starts, through the JdbcTemplate. */
@Configuration(proxyBeanMethods = false)
@Import(PlainApplication.class)
public class ReaderApplication {

    public record CustomerCount(int value) {
    }

    @Bean
    CustomerCount customerCount(JdbcTemplate jdbc) {
        return new CustomerCount(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class));
    }
}
