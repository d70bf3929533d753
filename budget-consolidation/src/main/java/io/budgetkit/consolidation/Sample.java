package io.budgetkit.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The departments involved in something, for messages: the few smallest labels ({@code code
 * name}) and how many there were, so that a conflict among 100,000 departments stays small and
 * the sample does not depend on the order of the inputs.
 */
final class Sample {

  static final int SIZE = 3;

  private final TreeSet<String> smallest = new TreeSet<>();
  private long count;

  void add(String department) {
    count++;
    if (smallest.size() == SIZE && department.compareTo(smallest.last()) >= 0) {
      return; // not among the smallest: the usual case once the sample is full
    }
    smallest.add(department);
    if (smallest.size() > SIZE) {
      smallest.pollLast();
    }
  }

  void merge(Sample other) {
    count += other.count;
    for (String d : other.smallest) {
      smallest.add(d);
      if (smallest.size() > SIZE) {
        smallest.pollLast();
      }
    }
  }

  long count() {
    return count;
  }

  List<String> list() {
    return new ArrayList<>(smallest);
  }

  /** A variant of a conflict: what these departments printed. */
  Conflict.Variant printed(List<String> printed) {
    return new Conflict.Variant(printed, list(), count);
  }

  @Override
  public String toString() {
    return String.join(", ", smallest) + (count > smallest.size() ? " and "
        + (count - smallest.size()) + " more" : "");
  }
}
