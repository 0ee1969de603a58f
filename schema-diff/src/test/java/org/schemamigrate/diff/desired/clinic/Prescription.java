package org.schemamigrate.diff.desired.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** What a Spring Data application has: java.time, Bean Validation constraints and an implicit join table. */
@Entity
public class Prescription {
    @Id
    @GeneratedValue
    Long id;

    LocalDate issuedOn;

    @NotBlank
    String patient;

    @Size(max = 40)
    String note;

    @ManyToMany
    Set<Medication> medications;
}
