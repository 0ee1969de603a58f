package com.example.clinic.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Set;

@Entity
public class Prescription {
    @Id
    @GeneratedValue
    private Long id;

    private LocalDate issuedOn;

    @NotBlank
    private String patient;

    @ManyToMany
    private Set<Medication> medications;
}
