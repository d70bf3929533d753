package io.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.BudgetFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, defect 2: a zip bomb spread over many entries. Every limit is checked while the
 * entries inflate, on the bytes that actually come out, and the first one exceeded stops the
 * read with the entry and the limit named.
 */
class ZipLimitsTest {

  private static final BudgetCsv CSV = BudgetCsv.standard();

  private static BudgetFormatException readZip(BudgetCsv csv, byte[] zip) {
    return catchThrowableOfType(BudgetFormatException.class,
        () -> csv.readZip(new ByteArrayInputStream(zip)));
  }

  @Test
  void sixtyEntriesOfSpacesAreRefusedAtTheFirstEntryWithTheDefaultLimits() {
    // The repro: 60 entries of 63 MiB of spaces, each under the old 64 MiB limit on an
    // entry, about 4 GB in all from a few MB of zip. Built from one deflated entry repeated.
    RawZip.Deflated spaces = RawZip.spaces(63L << 20);
    RawZip zip = new RawZip();
    RawZip.names("spaces", 60).forEach(n -> zip.add(n, spaces));
    byte[] bytes = zip.bytes();
    assertThat(bytes.length).isLessThan(8 << 20);
    BudgetFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> readZip(CSV, bytes));
    assertThat(e).isNotNull();
    // spaces deflate about 1000:1, so the first entry is stopped just past the 100 KiB grace
    assertThat(e.getMessage()).isEqualTo("spaces-01.csv: Zip entry inflates to more than 100"
        + " times its compressed size (limit maxCompressionRatio): refused as a zip bomb");
  }

  @Test
  void manyEntriesEachUnderTheGraceAreStoppedByTheRatioOfTheWholeZip() {
    // 90 KiB each: no single entry passes the 100 KiB grace, together they do at the second
    RawZip.Deflated spaces = RawZip.spaces(90 << 10);
    RawZip zip = new RawZip();
    RawZip.names("small", 60).forEach(n -> zip.add(n, spaces));
    assertThat(readZip(CSV, zip.bytes())).hasMessage("small-02.csv: The zip's files inflate to"
        + " more than 100 times their compressed size in all with this entry (limit"
        + " maxCompressionRatio): refused as a zip bomb");
  }

  @Test
  void theTotalInflatedSizeIsLimitedOverAllEntries() {
    // ratio check off: 100 KiB per entry against 1 MiB in all; the 11th entry crosses it
    BudgetCsv csv = CSV.withMaxCompressionRatio(Integer.MAX_VALUE).withMaxTotalBytes(1 << 20);
    RawZip.Deflated spaces = RawZip.spaces(100 << 10);
    RawZip zip = new RawZip();
    RawZip.names("part", 60).forEach(n -> zip.add(n, spaces));
    assertThat(readZip(csv, zip.bytes())).hasMessage("part-11.csv: The zip's files inflate to"
        + " more than 1048576 bytes in all with this entry (limit maxTotalBytes)");
  }

  @Test
  void anEntryIsCountedAsItInflatesNotByWhatItsHeaderClaims() {
    // the header says 10 bytes; 1 MiB comes out, and is stopped at the 64 KiB limit
    BudgetCsv csv = CSV.withMaxCompressionRatio(Integer.MAX_VALUE).withMaxFileBytes(64 << 10);
    byte[] zip = new RawZip().addClaiming("liar.csv", RawZip.spaces(1 << 20), 10).bytes();
    assertThat(readZip(csv, zip)).hasMessage("liar.csv: Zip entry inflates to more than 65536"
        + " bytes (limit maxFileBytes)");
  }

  @Test
  void moreEntriesThanTheLimitAreRefusedAtTheFirstOneTooMany() {
    RawZip zip = new RawZip();
    RawZip.names("tiny", 6).forEach(n -> zip.stored(n, new byte[] {'x'}));
    assertThat(readZip(CSV.withMaxZipEntries(5), zip.bytes())).hasMessage("tiny-06.csv: The zip"
        + " has more than 5 entries (limit maxZipEntries); a budget has at most 19 files");
  }

  @Test
  void aRealBudgetReadsWellInsideTheDefaultLimitsAndWithinLimitsJustAboveItsSize() {
    DepartmentBudget budget = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    CSV.writeZip(budget, zip);
    long total = CSV.write(budget).values().stream().mapToLong(b -> b.length).sum();
    assertThat(CSV.readZip(new ByteArrayInputStream(zip.toByteArray()))).isEqualTo(budget);
    assertThat(CSV.withMaxTotalBytes(total).withMaxZipEntries(19)
        .readZip(new ByteArrayInputStream(zip.toByteArray()))).isEqualTo(budget);
    assertThat(readZip(CSV.withMaxTotalBytes(total - 1), zip.toByteArray()).getMessage())
        .endsWith("The zip's files inflate to more than " + (total - 1) + " bytes in all with"
            + " this entry (limit maxTotalBytes)");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> CSV.withMaxFileBytes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxFileBytes must be from 1 to 2147483638, was 0");
    assertThatThrownBy(() -> CSV.withMaxTotalBytes(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CSV.withMaxZipEntries(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CSV.withMaxCompressionRatio(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
