package org.schemamigrate.boot;

/**
 * {@code schemamigrate.fleet.*}: the tenant schemas (PostgreSQL) or per-customer databases (MySQL/MariaDB) that
 * each hold the same tables, migrated at start-up from their own directory after the default schema's
 * migrations. The targets are named one way at most; {@link UnknownProperties} checks these names too.
 */
public class FleetProperties {
    /**
     * The tenant tables' migrations (classpath:db/tenant or filesystem:path), applied to every target; required
     * when targets, targets-pattern or targets-query is set.
     */
    private String location;

    /** The targets as a comma-separated list of schema/database names (tenant_001,tenant_002). */
    private String targets;

    /** The targets as the existing schemas/databases whose name is LIKE this pattern (tenant_%). */
    private String targetsPattern;

    /** The targets as the first column of this query, run on the migrations' DataSource (SELECT name FROM tenant). */
    private String targetsQuery;

    /** Targets migrated at once; default: the number of cores, capped by the connection pool's size. */
    private Integer parallel;

    /** The first targets migrated one by one before the others; if one of them fails, no other target is tried. */
    private int canary;

    /** Stop starting targets after the first failure; default: migrate every target, then fail start-up. */
    private boolean failFast;

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getTargets() {
        return targets;
    }

    public void setTargets(String targets) {
        this.targets = targets;
    }

    public String getTargetsPattern() {
        return targetsPattern;
    }

    public void setTargetsPattern(String targetsPattern) {
        this.targetsPattern = targetsPattern;
    }

    public String getTargetsQuery() {
        return targetsQuery;
    }

    public void setTargetsQuery(String targetsQuery) {
        this.targetsQuery = targetsQuery;
    }

    public Integer getParallel() {
        return parallel;
    }

    public void setParallel(Integer parallel) {
        this.parallel = parallel;
    }

    public int getCanary() {
        return canary;
    }

    public void setCanary(int canary) {
        this.canary = canary;
    }

    public boolean isFailFast() {
        return failFast;
    }

    public void setFailFast(boolean failFast) {
        this.failFast = failFast;
    }
}
