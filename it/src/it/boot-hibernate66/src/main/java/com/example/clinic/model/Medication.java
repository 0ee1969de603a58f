package com.example.clinic.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Medication {
    @Id
    private Long id;

    private String name;
}
