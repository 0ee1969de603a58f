package org.schemamigrate.diff.model;

/** An identity column's generation and the options of its internal sequence. */
public record Identity(boolean always, long start, long increment) {

    public static Identity byDefault() {
        return new Identity(false, 1, 1);
    }

    public static Identity generatedAlways() {
        return new Identity(true, 1, 1);
    }
}
