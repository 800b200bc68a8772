package org.sijill.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.sijill.text.ArabicNormalizer;

/** Builds the plain-Java text and extraction components once and offers them to the CDI world. */
@ApplicationScoped
public class ExtractBeans {

    @Produces
    @Singleton
    ArabicNormalizer normalizer() {
        return ArabicNormalizer.standard();
    }
}
