package io.budgetkit.io.csv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Builds zip files byte by byte, so that a test can make a zip bomb cheaply (one entry's
 * compressed bytes repeated under many names), give an entry a header that lies about its size,
 * or write a name that is not UTF-8. Local headers carry the sizes (no data descriptor), as
 * {@code zip} writes them; a central directory and its end record follow.
 */
final class RawZip {

  /** One entry's compressed data with what its header says. */
  record Deflated(byte[] data, long crc, long size) {}

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream central = new ByteArrayOutputStream();
  private int entries;

  /** Deflates {@code repeat} copies of {@code chunk}, feeding the deflater chunk by chunk. */
  static Deflated deflate(byte[] chunk, int repeat) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    CRC32 crc = new CRC32();
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    byte[] buf = new byte[64 << 10];
    for (int i = 0; i < repeat; i++) {
      d.setInput(chunk);
      crc.update(chunk);
      while (!d.needsInput()) {
        packed.write(buf, 0, d.deflate(buf));
      }
    }
    d.finish();
    while (!d.finished()) {
      packed.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return new Deflated(packed.toByteArray(), crc.getValue(), (long) chunk.length * repeat);
  }

  /** {@code n} bytes of spaces, compressed. */
  static Deflated spaces(long n) {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) ' ');
    if (n % chunk.length != 0) {
      return deflate(Arrays.copyOf(chunk, (int) n), 1);
    }
    return deflate(chunk, (int) (n / chunk.length));
  }

  /** Adds an entry of deflated data. */
  RawZip add(String name, Deflated d) {
    return add(name.getBytes(StandardCharsets.UTF_8), 8, d.data(), d.crc(), d.size());
  }

  /** Adds an entry of deflated data whose header claims another size. */
  RawZip addClaiming(String name, Deflated d, long claimedSize) {
    return add(name.getBytes(StandardCharsets.UTF_8), 8, d.data(), d.crc(), claimedSize);
  }

  /** Adds a stored (uncompressed) entry. */
  RawZip stored(String name, byte[] data) {
    return stored(name.getBytes(StandardCharsets.UTF_8), data);
  }

  /** Adds a stored entry with a name of raw bytes (flagged as UTF-8 whatever they are). */
  RawZip stored(byte[] name, byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return add(name, 0, data, crc.getValue(), data.length);
  }

  private RawZip add(byte[] name, int method, byte[] data, long crc, long size) {
    int offset = out.size();
    header(out, 0x04034b50, false, name, method, data.length, crc, size, 0);
    out.writeBytes(data);
    header(central, 0x02014b50, true, name, method, data.length, crc, size, offset);
    entries++;
    return this;
  }

  private static void header(ByteArrayOutputStream o, int signature, boolean central,
      byte[] name, int method, long packed, long crc, long size, int offset) {
    int32(o, signature);
    if (central) {
      int16(o, 20);           // made by
    }
    int16(o, 20);             // needed
    int16(o, 0x0800);         // UTF-8 names
    int16(o, method);
    int16(o, 0);              // time
    int16(o, 0x2821);         // date: 2000-01-01
    int32(o, (int) crc);
    int32(o, (int) packed);
    int32(o, (int) size);
    int16(o, name.length);
    int16(o, 0);              // extra
    if (central) {
      int16(o, 0);            // comment
      int16(o, 0);            // disk
      int16(o, 0);            // internal attributes
      int32(o, 0);            // external attributes
      int32(o, offset);
    }
    o.writeBytes(name);
  }

  /** The whole zip. */
  byte[] bytes() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(out.toByteArray());
    int at = all.size();
    all.writeBytes(central.toByteArray());
    int32(all, 0x06054b50);
    int16(all, 0);
    int16(all, 0);
    int16(all, entries);
    int16(all, entries);
    int32(all, central.size());
    int32(all, at);
    int16(all, 0);
    return all.toByteArray();
  }

  /** The names {@code prefix-01.csv} … of {@code n} entries. */
  static List<String> names(String prefix, int n) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      names.add(String.format("%s-%02d.csv", prefix, i));
    }
    return names;
  }

  private static void int16(ByteArrayOutputStream o, int v) {
    o.write(v & 0xFF);
    o.write((v >>> 8) & 0xFF);
  }

  private static void int32(ByteArrayOutputStream o, int v) {
    int16(o, v & 0xFFFF);
    int16(o, (v >>> 16) & 0xFFFF);
  }
}
