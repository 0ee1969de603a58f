package org.springframework.boot.persistence.autoconfigure;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * A stand-in with the name and attributes of Spring Boot 4's annotation, so the scope test needs no Spring: the
 * scope is read from class files, never by loading the annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
public @interface EntityScan {
    String[] value() default {};

    String[] basePackages() default {};

    Class<?>[] basePackageClasses() default {};
}
