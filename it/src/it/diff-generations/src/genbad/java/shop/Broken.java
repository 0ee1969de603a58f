package shop;

import jakarta.persistence.Entity;

/** No @Id: Hibernate rejects this entity. */
@Entity
public class Broken {
    String name;
}
