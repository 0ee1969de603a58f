package com.example.tools;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Outside the application's package: Spring Boot never scans it, so neither does the desired schema. */
@Entity
public class ScratchRecord {
    @Id
    private Long id;
}
