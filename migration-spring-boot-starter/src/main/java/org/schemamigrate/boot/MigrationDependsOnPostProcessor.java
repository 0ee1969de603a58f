package org.schemamigrate.boot;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Makes every bean that reads or checks the schema wait for the migrations: the JPA EntityManagerFactory (so
 * ddl-auto=validate and Hibernate's metadata see the migrated schema) and the JDBC templates. The types are named,
 * not imported: JPA and Spring JDBC are optional, and Boot 4 moved their auto-configurations, not these types.
 */
final class MigrationDependsOnPostProcessor implements BeanFactoryPostProcessor, Ordered {
    private static final List<String> DEPENDENT_TYPES = List.of(
            "jakarta.persistence.EntityManagerFactory",
            "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
            "org.springframework.jdbc.core.JdbcOperations",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations",
            "org.springframework.jdbc.core.simple.JdbcClient");

    private final String startupBean;

    MigrationDependsOnPostProcessor(String startupBean) {
        this.startupBean = startupBean;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String name : dependentBeans(beanFactory)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            Set<String> dependsOn = new LinkedHashSet<>(definition.getDependsOn() == null ? List.of()
                    : Arrays.asList(definition.getDependsOn()));
            dependsOn.add(startupBean);
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }

    private static Set<String> dependentBeans(ConfigurableListableBeanFactory beanFactory) {
        ClassLoader loader = beanFactory.getBeanClassLoader();
        Set<String> names = new LinkedHashSet<>();
        for (String typeName : DEPENDENT_TYPES) {
            if (!ClassUtils.isPresent(typeName, loader)) {
                continue;
            }
            Class<?> type = ClassUtils.resolveClassName(typeName, loader);
            // no eager init: looking up types must not create the beans it is about to order
            for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
                String definitionName = BeanFactoryUtils.transformedBeanName(name);
                if (beanFactory.containsBeanDefinition(definitionName)) {
                    names.add(definitionName);
                }
            }
        }
        return names;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
