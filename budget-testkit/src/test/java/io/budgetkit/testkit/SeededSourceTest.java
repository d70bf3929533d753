package io.budgetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeededSourceTest {

  @Test
  void drawsStayWithinTheirBoundsAndReachBoth() {
    SeededSource s = SeededSource.of(1);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      long v = s.longBetween(-2, 2);
      assertThat(v).isBetween(-2L, 2L);
      seen.add(v);
    }
    assertThat(seen).containsExactlyInAnyOrder(-2L, -1L, 0L, 1L, 2L);
  }

  @Test
  void theExtremeBoundsOfALongCanBeDrawn() {
    SeededSource s = SeededSource.of(2);
    assertThat(s.longBetween(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(s.longBetween(Long.MAX_VALUE - 1, Long.MAX_VALUE))
        .isBetween(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    assertThat(s.longBetween(Long.MIN_VALUE, Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
    s.longBetween(Long.MIN_VALUE, Long.MAX_VALUE); // any long, without overflow
    assertThat(s.intBetween(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void anEmptyRangeIsRefused() {
    assertThatThrownBy(() -> SeededSource.of(3).longBetween(2, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Empty range [2, 1]");
    assertThatThrownBy(() -> SeededSource.of(3).pick(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeededSource.of(3).chance(101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameSeedGivesTheSameDraws() {
    SeededSource x = SeededSource.of(7);
    SeededSource y = SeededSource.of(7);
    for (int i = 0; i < 50; i++) {
      assertThat(x.longBetween(0, 1_000_000)).isEqualTo(y.longBetween(0, 1_000_000));
    }
    assertThat(x.split().longBetween(0, Long.MAX_VALUE))
        .isEqualTo(y.split().longBetween(0, Long.MAX_VALUE));
  }

  @Test
  void chanceAndPickFollowTheirDefinition() {
    SeededSource s = SeededSource.of(4);
    assertThat(IntStream.range(0, 100).mapToObj(i -> s.chance(0))).containsOnly(false);
    assertThat(IntStream.range(0, 100).mapToObj(i -> s.chance(100))).containsOnly(true);
    long heads = IntStream.range(0, 10_000).filter(i -> s.chance(30)).count();
    assertThat(heads).isBetween(2_700L, 3_300L);
    assertThat(IntStream.range(0, 100).mapToObj(i -> s.pick(List.of("a", "b"))))
        .contains("a", "b").containsOnly("a", "b");
  }
}
