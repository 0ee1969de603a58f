package org.schemamigrate.diff.desired.bridge;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's default implicit naming: like JPA's, except that a join table is named after the owning
 * table and the attribute ({@code customer_friends}) rather than the two entities ({@code customer_customer}).
 * Re-implemented here so users need no Spring on the plugin's classpath; part of the bridge, so it is
 * defined next to the project's own Hibernate (JDK and Hibernate types only).
 */
public class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
