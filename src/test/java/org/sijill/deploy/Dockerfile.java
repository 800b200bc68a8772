package org.sijill.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** src/main/docker/Dockerfile.jvm read statically: CI has no Docker engine to build it. */
record Dockerfile(List<Instruction> instructions) {

    static final Path JVM = Path.of("src/main/docker/Dockerfile.jvm");

    record Instruction(String keyword, String arguments, int line) {
    }

    /** {@code COPY [--flags] source... destination}. */
    record Copy(List<String> sources, String destination) {
    }

    static Dockerfile jvm() {
        try {
            return parse(Files.readString(JVM));
        } catch (IOException e) {
            return fail("cannot read " + JVM, e);
        }
    }

    /** Joins continuation lines, drops comments and blank lines; one instruction per logical line. */
    static Dockerfile parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder logical = new StringBuilder();
        int start = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("#")) {
                continue;
            }
            if (logical.isEmpty()) {
                start = i + 1;
            }
            if (line.endsWith("\\")) {
                logical.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            logical.append(line);
            String instruction = logical.toString().strip();
            logical.setLength(0);
            if (!instruction.isEmpty()) {
                String[] parts = instruction.split("\\s+", 2);
                instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "", start));
            }
        }
        return new Dockerfile(instructions);
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    Optional<Instruction> last(String keyword) {
        List<Instruction> found = all(keyword);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** Defaults of the ARGs declared before the first FROM. */
    Map<String, String> globalArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                break;
            }
            if (instruction.keyword().equals("ARG")) {
                String[] kv = instruction.arguments().split("=", 2);
                args.put(kv[0].strip(), kv.length > 1 ? unquote(kv[1].strip()) : "");
            }
        }
        return args;
    }

    /** The image of each FROM, with ${ARG} references replaced by their defaults. */
    List<String> baseImages() {
        Map<String, String> args = globalArgs();
        List<String> images = new ArrayList<>();
        for (Instruction from : all("FROM")) {
            String image = from.arguments().replaceAll("--platform=\\S+\\s+", "").split("\\s+")[0];
            Matcher m = Pattern.compile("\\$\\{?(\\w+)}?").matcher(image);
            StringBuilder resolved = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(resolved, Matcher.quoteReplacement(args.getOrDefault(m.group(1), "")));
            }
            m.appendTail(resolved);
            images.add(resolved.toString());
        }
        return images;
    }

    /** Every ENV, later ones winning, in the {@code key=value} form ({@code ENV key value} is rejected). */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        for (Instruction instruction : all("ENV")) {
            for (String token : tokens(instruction.arguments())) {
                int eq = token.indexOf('=');
                if (eq <= 0) {
                    fail("line " + instruction.line() + ": use ENV key=value, not '" + instruction.arguments() + "'");
                }
                env.put(token.substring(0, eq), unquote(token.substring(eq + 1)));
            }
        }
        return env;
    }

    List<Copy> copies() {
        List<Copy> copies = new ArrayList<>();
        for (Instruction instruction : all("COPY")) {
            List<String> words = tokens(instruction.arguments()).stream().filter(w -> !w.startsWith("--")).toList();
            copies.add(new Copy(words.subList(0, words.size() - 1), words.get(words.size() - 1)));
        }
        return copies;
    }

    /** The ENTRYPOINT in exec form (a JSON array), or a failure. */
    List<String> entrypoint() {
        String json = last("ENTRYPOINT").map(Instruction::arguments).orElseGet(() -> fail("no ENTRYPOINT"));
        try {
            return new ObjectMapper().readValue(json, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            return fail("ENTRYPOINT must use the exec form (a JSON array) so signals reach the JVM: " + json);
        }
    }

    /** Words separated by blanks, keeping double-quoted parts (with their quotes) together. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static String unquote(String value) {
        return value.replace("\"", "");
    }
}
