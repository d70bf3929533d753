package io.budgetkit.examples.cli;

import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.importer.disclosure.SourceMap;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Points findings at the page: completes each location of a finding (its own and its related
 * cells') with where that cell, row or table was printed, from the {@link SourceMap} of the
 * import — {@code 支出总表 序号3 栏次1（合计） 表格.pdf 第3页第12行}.
 *
 * <p>A place is added only when it names its file. The places of a document of one text file
 * are lines without the file (the rule of the import diagnostics): there a finding stays as it
 * always printed, its table, 序号 and 栏次 being how a person finds it in the text. A location
 * that already has a source keeps it.
 *
 * <p>This class has no state and is thread-safe.
 */
final class FindingSources {

  private FindingSources() {}

  /** The report with each finding pointed at its page; the report itself when there is none. */
  static ValidationReport attach(ValidationReport report, SourceMap sources) {
    return sources.isEmpty() ? report : report.map(f -> attach(f, sources));
  }

  /** The finding with its locations completed by their places. */
  static Finding attach(Finding finding, SourceMap sources) {
    List<Location> related = new ArrayList<>(finding.related().size());
    finding.related().forEach(l -> related.add(attach(l, sources)));
    return Finding.builder().from(finding).location(attach(finding.location(), sources))
        .related(related).build();
  }

  /** The location with its place, if the map has one that names its file. */
  static Location attach(Location location, SourceMap sources) {
    if (location.source().isPresent() || location.table().isEmpty()) {
      return location;
    }
    Optional<SourceRef> place;
    if (location.row().isEmpty()) {
      place = sources.table(location.table().get());
    } else if (location.column().isEmpty()) {
      place = sources.row(location.table().get(), location.row().getAsInt());
    } else {
      place = sources.cell(location.table().get(), location.row().getAsInt(),
          location.column().getAsInt());
    }
    return place.filter(p -> p.file().isPresent())
        .map(p -> Location.builder().from(location).source(p).build()).orElse(location);
  }
}
