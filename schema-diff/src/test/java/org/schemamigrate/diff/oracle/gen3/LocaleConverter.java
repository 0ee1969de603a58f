package org.schemamigrate.diff.oracle.gen3;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** A locale stored as its language tag. */
@Converter
public class LocaleConverter implements AttributeConverter<Locale, String> {
    @Override
    public String convertToDatabaseColumn(Locale locale) {
        return locale == null ? null : locale.toLanguageTag();
    }

    @Override
    public Locale convertToEntityAttribute(String tag) {
        return tag == null ? null : Locale.forLanguageTag(tag);
    }
}
