package org.schemamigrate.diff.desired.bootapp;

import org.schemamigrate.diff.desired.clinic.Medication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** An application whose entities live in another package (a library, as in src-examples-boot). */
@EntityScan(basePackageClasses = Medication.class)
public class ShopApplication {
}
