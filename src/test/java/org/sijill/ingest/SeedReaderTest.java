package org.sijill.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedReaderTest {

    @TempDir
    Path dir;

    private final SeedReader reader = new SeedReader(1000);

    @Test
    void readsUtf8ArticleWithIdFromFileName() throws Exception {
        Files.writeString(dir.resolve("sy-2024_01.txt"), "مقتل عنصرين\nنص", StandardCharsets.UTF_8);
        var read = reader.read(dir.resolve("sy-2024_01.txt"));
        assertTrue(read.ok());
        assertEquals("sy-2024_01", read.article().id());
        assertEquals("مقتل عنصرين\nنص", read.article().text());
        assertEquals(ArticleInput.sha256("مقتل عنصرين\nنص"), read.article().sha256());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() throws Exception {
        byte[] body = "خبر".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("bom.txt"), withBom);
        var read = reader.read(dir.resolve("bom.txt"));
        assertEquals("خبر", read.article().text());
        assertEquals(ArticleInput.sha256(withBom), read.article().sha256(), "hash is of the original bytes");
    }

    @Test
    void skipsNonUtf8() throws Exception {
        Files.write(dir.resolve("latin1.txt"), new byte[] { 'a', (byte) 0xE9, 'b' });
        var read = reader.read(dir.resolve("latin1.txt"));
        assertFalse(read.ok());
        assertEquals("not valid UTF-8", read.skipReason());
    }

    @Test
    void skipsEmptyAndBlank() throws Exception {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        assertEquals("empty", reader.read(dir.resolve("empty.txt")).skipReason());
        assertEquals("empty", reader.read(dir.resolve("blank.txt")).skipReason());
    }

    @Test
    void skipsOversized() throws Exception {
        Files.writeString(dir.resolve("big.txt"), "ا".repeat(600)); // 1200 bytes > 1000
        assertTrue(reader.read(dir.resolve("big.txt")).skipReason().startsWith("larger than the limit"));
    }

    @Test
    void skipsNamesThatCannotBeIds() throws Exception {
        Files.writeString(dir.resolve("خبر عاجل.txt"), "نص");
        assertFalse(reader.read(dir.resolve("خبر عاجل.txt")).ok());
    }

    @Test
    void folderListsOnlyTxtInNameOrderAndKeepsGoingPastBadFiles() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "ب");
        Files.write(dir.resolve("a.txt"), new byte[] { (byte) 0xFF });
        Files.writeString(dir.resolve("c.md"), "ignored");
        Files.writeString(dir.resolve("c.txt"), "ج");
        List<SeedReader.Read> reads = reader.readFolder(dir);
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), reads.stream().map(r -> r.file().getFileName().toString()).toList());
        assertEquals(List.of(false, true, true), reads.stream().map(SeedReader.Read::ok).toList());
    }
}
