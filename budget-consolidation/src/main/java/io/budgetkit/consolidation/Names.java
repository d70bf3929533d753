package io.budgetkit.consolidation;

import io.budgetkit.core.internal.Text;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The names a code is printed with across the inputs, grouped by matching key (spacing and the
 * width of brackets ignored), each with the departments that print it.
 */
final class Names {

  /** A name as printed (the smallest of its printed forms) and who prints it. */
  static final class Variant {
    String printed;
    final Sample departments = new Sample();
  }

  final TreeMap<String, Variant> variants = new TreeMap<>();

  /**
   * Records a printed name.
   *
   * @return the variant it differs from, if it is a new variant and there was one before
   */
  Optional<Variant> add(String printed, String department) {
    if (variants.size() == 1 && variants.firstEntry().getValue().printed.equals(printed)) {
      variants.firstEntry().getValue().departments.add(department); // the usual case, fast
      return Optional.empty();
    }
    String key = Text.matchKey(printed);
    Optional<Variant> other = variants.containsKey(key) || variants.isEmpty() ? Optional.empty()
        : Optional.of(variants.firstEntry().getValue());
    Variant v = variants.computeIfAbsent(key, k -> new Variant());
    v.printed = Cells.min(v.printed, printed);
    v.departments.add(department);
    return other;
  }

  /** Adds the variants of another accumulator; returns a conflicting pair if one appears. */
  Optional<Variant[]> merge(Names other) {
    Optional<Variant[]> clash = Optional.empty();
    for (Map.Entry<String, Variant> e : other.variants.entrySet()) {
      if (!variants.isEmpty() && !variants.containsKey(e.getKey()) && clash.isEmpty()) {
        clash = Optional.of(new Variant[] {variants.firstEntry().getValue(), e.getValue()});
      }
      Variant v = variants.computeIfAbsent(e.getKey(), k -> new Variant());
      v.printed = Cells.min(v.printed, e.getValue().printed);
      v.departments.merge(e.getValue().departments);
    }
    return clash;
  }

  boolean conflicting() {
    return variants.size() > 1;
  }

  /** The one name, or among several the catalog's if it is one of them, else the smallest. */
  String chosen(Optional<String> catalogName) {
    if (variants.size() > 1 && catalogName.isPresent()
        && variants.containsKey(Text.matchKey(catalogName.get()))) {
      return catalogName.get();
    }
    String min = null;
    for (Variant v : variants.values()) {
      min = Cells.min(min, v.printed);
    }
    return min;
  }
}
