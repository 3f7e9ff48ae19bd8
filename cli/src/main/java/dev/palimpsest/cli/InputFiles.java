package dev.palimpsest.cli;

import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.BadInputException;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Utf8Input;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads article versions from files, turning every way a file can be wrong into one clear message. */
final class InputFiles {

    private InputFiles() {
    }

    static String readText(Path path) {
        if (!Files.exists(path)) {
            throw new UsageException(path + ": no such file");
        }
        if (Files.isDirectory(path)) {
            throw new UsageException(path + ": is a directory, expected a file");
        }
        if (!Files.isReadable(path)) {
            throw new UsageException(path + ": not readable");
        }
        try {
            Utf8Input.checkSize(Files.size(path), path.toString(), Utf8Input.DEFAULT_MAX_BYTES);
            return Utf8Input.decode(Files.readAllBytes(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    static Document readDocument(Path path) {
        String text = readText(path);
        try {
            return Engines.PARSER.parse(text, InputFormat.detect(path.getFileName().toString(), text));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(path.toString(), e.getMessage());
        }
    }

    /** A short label for a file in output headers. */
    static String label(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
