package org.schemamigrate.diff.desired.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.math.BigDecimal;
import org.hibernate.annotations.Check;

/** Identity id and single-table inheritance with a discriminator. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@Check(constraints = "price >= 0")
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String name;

    BigDecimal price;
}
