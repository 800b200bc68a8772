package org.sijill.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Prints what the extractor reads from the article files given as arguments (a development aid, not a test). */
public final class ExtractDump {
    public static void main(String[] args) throws Exception {
        var extractor = ExtractBeans.standard();
        var json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writerWithDefaultPrettyPrinter();
        for (String a : args) {
            var x = extractor.extract(Files.readString(Path.of(a)), Optional.empty());
            System.out.println("=== " + a + " publisher=" + x.publisherId() + " published=" + x.published());
            x.incidents().forEach(m -> System.out.println("  M" + m.ordinal() + " " + m.role() + " " + m.eventType()
                    + "/" + m.subEventType() + " " + m.date().start() + ".." + m.date().end() + " " + m.date().precision()
                    + " @" + m.location().admin2() + " " + m.location().placeName() + " site=" + m.location().site()
                    + " " + m.location().precision() + " actors=" + m.actors() + " «" + m.evidence().quote() + "»"));
            x.figures().forEach(f -> System.out.println("  F" + f.ordinal() + " " + f.scope() + " " + f.actorId() + " "
                    + f.outcome() + " " + f.count().value() + "[" + f.count().low() + ".." + f.count().high() + "] "
                    + f.count().qualifier() + " partOf=" + f.partOf() + " M" + f.mention() + " by="
                    + (f.attributedTo() == null ? "-" : f.attributedTo().sourceId()) + " " + f.ruleId() + " «"
                    + f.evidence().quote().replace('\n', ' ') + "»"));
            if (Boolean.getBoolean("mentions")) {
                System.out.println(json.writeValueAsString(x.mentions()));
            }
        }
    }
}
