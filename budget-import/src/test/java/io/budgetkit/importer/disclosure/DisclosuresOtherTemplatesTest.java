package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.profile.TableKind;
import io.budgetkit.fixtures.PublishedFile;
import io.budgetkit.core.problem.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The published files of other templates than the Hebei one — Shanghai's PDFs and Excel
 * templates, Jiangsu's PDFs of one file or two — are read through the whole pipeline without an
 * exception: the recognizer says which standard tables it did not find (reading their templates
 * is issue 12), and does not pretend to have read them.
 */
class DisclosuresOtherTemplatesTest {

  @ParameterizedTest
  @EnumSource(PublishedFile.class)
  void aFileOfAnotherTemplateEndsInDiagnosticsNotAnException(PublishedFile f, @TempDir Path tmp) {
    List<Path> parts = f.copyTo(tmp);

    ImportResult r = Disclosures.read(parts);

    List<String> missing = r.diagnostics().stream()
        .filter(d -> d.code().equals("table.missing"))
        .peek(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
        .map(ImportDiagnostic::message).collect(Collectors.toList());
    assertThat(missing).isNotEmpty();
    assertThat(missing).allMatch(m -> m.contains(": the table was not found in "
        + parts.get(0).getFileName()));
    // every standard table is read or said missing, none both
    assertThat(r.budget().tables().size() + missing.size())
        .isEqualTo(TableKind.standard().size());
    assertThat(r.hasErrors()).isTrue();
  }
}
